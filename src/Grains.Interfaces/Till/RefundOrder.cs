namespace Cashless.Grains.Interfaces.Till;

/// <summary>
/// Gives back <see cref="Amount"/> of payment <see cref="OriginalPaymentId"/> to its payer. <see cref="RefundId"/> is the
/// id of the refund's own payment record; <see cref="OperationId"/> is set when the client sent an Idempotency-Key.
/// </summary>
[GenerateSerializer, Immutable, Alias("Cashless.RefundOrder")]
public sealed record RefundOrder(
    [property: Id(0)] string RefundId,
    [property: Id(1)] string OriginalPaymentId,
    [property: Id(2)] Money Amount,
    [property: Id(3)] string? Reason,
    [property: Id(4)] string CreatedBy,
    [property: Id(5)] string? OperationId);
