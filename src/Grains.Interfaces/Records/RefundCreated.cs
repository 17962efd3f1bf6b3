namespace Cashless.Grains.Interfaces.Records;

/// <summary>Links refund payment <see cref="RefundId"/> to the payment it gives back, committed with the seller's debit.</summary>
[GenerateSerializer, Immutable, Alias("Cashless.RefundCreated")]
public sealed record RefundCreated(
    [property: Id(0)] string RefundId,
    [property: Id(1)] string OriginalPaymentId,
    [property: Id(2)] string SellerId,
    [property: Id(3)] Money Amount,
    [property: Id(4)] string? Reason,
    [property: Id(5)] string CreatedBy,
    [property: Id(6)] DateTimeOffset CreatedAt) : RecordChange;
