namespace Cashless.Grains.Interfaces.Accounts;

/// <summary>
/// The payer's outbox record handed to the payee. <see cref="IsRedelivery"/> makes the payee look for an earlier credit.
/// <see cref="DebitWriter"/> names the store writer whose queue holds the payer's debit, not yet durable: a payee that
/// commits through that same writer credits at once (its credit can only land with the debit or after it); any other
/// payee defers, and the payer delivers again once its debit is durable. Null when the debit is durable.
/// </summary>
[GenerateSerializer, Immutable, Alias("Cashless.PaymentDelivery")]
public sealed record PaymentDelivery(
    [property: Id(0)] string PaymentId,
    [property: Id(1)] string PayerId,
    [property: Id(2)] Money Amount,
    [property: Id(3)] string? Description,
    [property: Id(4)] bool IsRedelivery,
    [property: Id(5)] string? DebitWriter = null);
