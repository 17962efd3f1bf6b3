using Cashless.Grains.Interfaces.Withdrawals;

namespace Cashless.Grains.Interfaces.Records;

/// <summary>Moves a withdrawal from <see cref="From"/> to <see cref="To"/>; fails the commit if it moved already.</summary>
[GenerateSerializer, Immutable, Alias("Cashless.WithdrawalMoved")]
public sealed record WithdrawalMoved(
    [property: Id(0)] string WithdrawalId,
    [property: Id(1)] WithdrawalStatus From,
    [property: Id(2)] WithdrawalStatus To,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string ReviewedBy,
    [property: Id(5)] string? Reason) : RecordChange;
