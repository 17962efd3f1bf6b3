namespace Cashless.Grains.Interfaces.Accounts;

/// <summary>
/// The payer's outbox record handed to the payee. <see cref="IsRedelivery"/> makes the payee look for an earlier credit.
/// <see cref="DebitWriter"/> names the store writer whose queue holds the payer's debit, not yet durable: a payee that
/// commits through that same writer credits at once (its credit can only land with the debit or after it); any other
/// payee defers, and the payer delivers again once its debit is durable. Null when the debit is durable.
/// <see cref="DebitSequence"/> and <see cref="DebitAt"/> place the payer's debit in its journal, where the payer's
/// "payment sent" notification is read from; a redelivery from the outbox does not know them (null) and pushes none.
/// <see cref="IsAllowance"/>: the payer is a guardian, whose every payment is an allowance (credited as one).
/// </summary>
[GenerateSerializer, Immutable, Alias("Cashless.PaymentDelivery")]
public sealed record PaymentDelivery(
    [property: Id(0)] string PaymentId,
    [property: Id(1)] string PayerId,
    [property: Id(2)] Money Amount,
    [property: Id(3)] string? Description,
    [property: Id(4)] bool IsRedelivery,
    [property: Id(5)] string? DebitWriter = null,
    [property: Id(6)] long? DebitSequence = null,
    [property: Id(7)] DateTimeOffset? DebitAt = null,
    [property: Id(8)] bool IsAllowance = false);
