namespace Cashless.Grains.Interfaces.Accounts;

[GenerateSerializer, Alias("Cashless.AccountRole")]
public enum AccountRole
{
    Buyer = 0,
    Seller = 1,
    Admin = 2,

    /// <summary>Works a seller's till: no wallet of its own; acts for the one seller it is linked to.</summary>
    Cashier = 3,

    /// <summary>A parent: no wallet of its own; watches and funds the students linked to it, and sets their limits.</summary>
    Guardian = 4,
}
