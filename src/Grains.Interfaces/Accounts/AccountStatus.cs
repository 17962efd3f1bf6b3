namespace Cashless.Grains.Interfaces.Accounts;

[GenerateSerializer, Alias("Cashless.AccountStatus")]
public enum AccountStatus
{
    Active = 0,
    Frozen = 1,
}
