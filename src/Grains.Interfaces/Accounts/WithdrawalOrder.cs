namespace Cashless.Grains.Interfaces.Accounts;

/// <summary>Hold money for a payout. <see cref="OperationId"/> as in <see cref="PaymentOrder"/>: set when it may repeat.</summary>
[GenerateSerializer, Immutable, Alias("Cashless.WithdrawalOrder")]
public sealed record WithdrawalOrder(
    [property: Id(0)] string WithdrawalId,
    [property: Id(1)] Money Amount,
    [property: Id(2)] string BankCode,
    [property: Id(3)] string AccountNumber,
    [property: Id(4)] string AccountName,
    [property: Id(5)] string? OperationId);
