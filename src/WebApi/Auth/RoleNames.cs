using Cashless.Grains.Interfaces.Accounts;

namespace Cashless.WebApi.Auth;

/// <summary>The contract's role names, as they appear in JSON, in queries and in the token's <c>role</c> claim.</summary>
public static class RoleNames
{
    public const string Buyer = "buyer";
    public const string Seller = "seller";
    public const string Admin = "admin";
    public const string Cashier = "cashier";
    public const string Guardian = "guardian";

    public static readonly IReadOnlyDictionary<string, AccountRole> All = new Dictionary<string, AccountRole>(StringComparer.Ordinal)
    {
        [Buyer] = AccountRole.Buyer,
        [Seller] = AccountRole.Seller,
        [Admin] = AccountRole.Admin,
        [Cashier] = AccountRole.Cashier,
        [Guardian] = AccountRole.Guardian,
    };

    /// <summary>The roles an admin may give: a cashier is made by its seller, who links it (POST /cashiers).</summary>
    public static readonly IReadOnlyDictionary<string, AccountRole> AdminCreated = new Dictionary<string, AccountRole>(StringComparer.Ordinal)
    {
        [Buyer] = AccountRole.Buyer,
        [Seller] = AccountRole.Seller,
        [Admin] = AccountRole.Admin,
        [Guardian] = AccountRole.Guardian,
    };

    /// <summary>The roles a person may give themselves at sign-up.</summary>
    public static readonly IReadOnlyDictionary<string, AccountRole> SelfService = new Dictionary<string, AccountRole>(StringComparer.Ordinal)
    {
        [Buyer] = AccountRole.Buyer,
        [Seller] = AccountRole.Seller,
        [Guardian] = AccountRole.Guardian,
    };

    /// <summary>
    /// The roles whose holder keeps using them while the account is frozen: a wallet's owner still logs in and reads
    /// (the money itself is refused by the account grain). Every other role, and any role added later unless it is
    /// listed here, gives no power while frozen.
    /// </summary>
    public static readonly IReadOnlySet<string> KeptWhenFrozen = new HashSet<string>(StringComparer.Ordinal) { Buyer, Seller };

    public static string Of(AccountRole role) => role switch
    {
        AccountRole.Buyer => Buyer,
        AccountRole.Seller => Seller,
        AccountRole.Admin => Admin,
        AccountRole.Cashier => Cashier,
        AccountRole.Guardian => Guardian,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "unknown role"),
    };
}
