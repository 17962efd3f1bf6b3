namespace Cashless.Grains.Interfaces.Accounts;

[GenerateSerializer, Alias("Cashless.AccountStatus")]
public enum AccountStatus
{
    Active = 0,
    Frozen = 1,

    /// <summary>Closed by an admin: its history stays readable, it can sign in to read, no money moves in or out.</summary>
    Closed = 2,
}
