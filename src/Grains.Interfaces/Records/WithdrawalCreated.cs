using Cashless.Grains.Interfaces.Withdrawals;

namespace Cashless.Grains.Interfaces.Records;

[GenerateSerializer, Immutable, Alias("Cashless.WithdrawalCreated")]
public sealed record WithdrawalCreated([property: Id(0)] WithdrawalRecord Withdrawal) : RecordChange;
