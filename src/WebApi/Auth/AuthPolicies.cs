namespace Cashless.WebApi.Auth;

public static class AuthPolicies
{
    /// <summary>Holders of a wallet: buyers and sellers.</summary>
    public const string WalletHolder = "wallet_holder";

    public const string Admin = "admin";
}
