namespace Cashless.WebApi.Auth;

public static class AuthPolicies
{
    /// <summary>Holders of a wallet: buyers and sellers.</summary>
    public const string WalletHolder = "wallet_holder";

    /// <summary>Anyone with a wallet of their own: buyers, sellers and guardians (who fund theirs to send allowances).</summary>
    public const string WalletOwner = "wallet_owner";

    public const string Admin = "admin";

    /// <summary>Sellers only (their cashiers are managed by them, not by the cashiers).</summary>
    public const string Seller = "seller";

    /// <summary>Who works a seller's till: the seller and its cashiers.</summary>
    public const string Till = "till";

    /// <summary>Anyone who may see a payment request: wallet holders (to pay it) and cashiers (who made it).</summary>
    public const string RequestReader = "request_reader";

    /// <summary>Students (buyers), who hand link codes to their guardians and may remove a guardian.</summary>
    public const string Student = "student";

    /// <summary>Guardians, who read and fund the students linked to them and set their limits.</summary>
    public const string Guardian = "guardian";
}
