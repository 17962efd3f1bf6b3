namespace Cashless.Grains.Interfaces.Accounts;

[GenerateSerializer, Immutable, Alias("Cashless.WalletView")]
public sealed record WalletView(
    [property: Id(0)] string AccountId,
    [property: Id(1)] Money Balance,
    [property: Id(2)] AccountStatus Status,
    [property: Id(3)] AccountRole Role,
    [property: Id(4)] DateTimeOffset UpdatedAt,
    [property: Id(5)] WalletRules? Rules = null,
    [property: Id(6)] Money? RemainingToday = null);
