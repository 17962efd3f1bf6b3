namespace Cashless.Bench.Scenarios;

/// <summary>Names the mixes count their requests under.</summary>
internal static class Operations
{
    public const string Payment = "payment";
    public const string Balance = "balance";
    public const string TransactionLog = "transaction log";
    public const string Login = "login";
}
