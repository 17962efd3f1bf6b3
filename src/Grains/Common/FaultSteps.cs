namespace Cashless.Grains.Common;

/// <summary>The steps at which <see cref="IFaultInjector"/> is consulted.</summary>
public static class FaultSteps
{
    /// <summary>The payer's debit is durable; the payee has not been called yet.</summary>
    public const string PaymentBeforeDelivery = "payment.before-delivery";
}
