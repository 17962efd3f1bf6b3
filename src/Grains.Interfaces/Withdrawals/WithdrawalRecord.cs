namespace Cashless.Grains.Interfaces.Withdrawals;

[GenerateSerializer, Immutable, Alias("Cashless.WithdrawalRecord")]
public sealed record WithdrawalRecord(
    [property: Id(0)] string Id,
    [property: Id(1)] string AccountId,
    [property: Id(2)] WithdrawalStatus Status,
    [property: Id(3)] Money Amount,
    [property: Id(4)] string BankCode,
    [property: Id(5)] string AccountNumber,
    [property: Id(6)] string AccountName,
    [property: Id(7)] DateTimeOffset CreatedAt,
    [property: Id(8)] DateTimeOffset UpdatedAt)
{
    [Id(9)]
    public string? ReviewedBy { get; init; }

    [Id(10)]
    public string? Reason { get; init; }
}
