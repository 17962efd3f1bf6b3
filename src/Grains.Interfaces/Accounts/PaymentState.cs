namespace Cashless.Grains.Interfaces.Accounts;

[GenerateSerializer, Alias("Cashless.PaymentState")]
public enum PaymentState
{
    /// <summary>Debited from the payer, not yet credited to the payee (the outbox holds it).</summary>
    InFlight = 0,
    Completed = 1,
    Reversed = 2,
}
