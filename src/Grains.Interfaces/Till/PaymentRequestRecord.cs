namespace Cashless.Grains.Interfaces.Till;

/// <summary>
/// A seller asks for an amount (made by the seller or one of its cashiers, <see cref="CreatedBy"/>); a buyer pays it
/// once. <see cref="PayerId"/> and <see cref="PaymentId"/> are set while it is <see cref="PaymentRequestStatus.Paying"/>
/// and once it is paid.
/// </summary>
[GenerateSerializer, Immutable, Alias("Cashless.PaymentRequestRecord")]
public sealed record PaymentRequestRecord(
    [property: Id(0)] string Id,
    [property: Id(1)] string SellerId,
    [property: Id(2)] Money Amount,
    [property: Id(3)] string? Description,
    [property: Id(4)] PaymentRequestStatus Status,
    [property: Id(5)] string CreatedBy,
    [property: Id(6)] DateTimeOffset CreatedAt,
    [property: Id(7)] DateTimeOffset ExpiresAt,
    [property: Id(8)] DateTimeOffset UpdatedAt)
{
    [Id(9)]
    public string? PayerId { get; init; }

    [Id(10)]
    public string? PaymentId { get; init; }

    public bool IsExpiredAt(DateTimeOffset now) => Status == PaymentRequestStatus.Open && now >= ExpiresAt;
}
