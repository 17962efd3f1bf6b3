namespace Cashless.Grains.Interfaces.Accounts;

/// <summary>
/// A request to pay another account. <see cref="OperationId"/> is set when the same order may arrive twice
/// (the client sent an Idempotency-Key); the payer then answers a repeat with the payment already made.
/// </summary>
[GenerateSerializer, Immutable, Alias("Cashless.PaymentOrder")]
public sealed record PaymentOrder(
    [property: Id(0)] string PaymentId,
    [property: Id(1)] string PayeeId,
    [property: Id(2)] Money Amount,
    [property: Id(3)] string? Description,
    [property: Id(4)] string? OperationId);
