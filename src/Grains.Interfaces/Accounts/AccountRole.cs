namespace Cashless.Grains.Interfaces.Accounts;

[GenerateSerializer, Alias("Cashless.AccountRole")]
public enum AccountRole
{
    Buyer = 0,
    Seller = 1,
    Admin = 2,
}
