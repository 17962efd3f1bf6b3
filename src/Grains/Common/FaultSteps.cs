namespace Cashless.Grains.Common;

/// <summary>The steps at which <see cref="IFaultInjector"/> is consulted.</summary>
public static class FaultSteps
{
    /// <summary>The payer's debit is in the store writer's queue (durable before the payer answers); the payee has not been called yet.</summary>
    public const string PaymentBeforeDelivery = "payment.before-delivery";

    /// <summary>The payer's debit and the payee's credit are durable (usually in one commit); the payer has not answered yet.</summary>
    public const string PaymentBeforeAnswer = "payment.before-answer";

    /// <summary>A top-up is about to be credited (its transition and the credit commit together).</summary>
    public const string TopUpBeforeCredit = "topup.before-credit";

    /// <summary>The credit is durable; the top-up grain has not taken note of it yet.</summary>
    public const string TopUpAfterCredit = "topup.after-credit";
}
