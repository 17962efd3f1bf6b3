using System.Globalization;
using System.Text.Json;

namespace Cashless.Bench.Http;

/// <summary>The calls of the REST contract (docs/api.md) that the tool makes, as <see cref="ApiCall"/>s.</summary>
internal static class Api
{
    public static readonly string[] VaBanks = ["bca", "bni", "bri", "cimb", "permata", "mandiri"];

    private const string Base = "api/v1/";
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static ApiCall Register(string name, string email, string password, string role) =>
        Post("auth/register", null, new { name, email, password, role });

    public static ApiCall Login(string email, string password) => Post("auth/login", null, new { email, password });

    public static ApiCall Logout(string token) => new(HttpMethod.Post, Base + "auth/logout", token);

    public static ApiCall Wallet(string token) => Get("wallet", token);

    public static ApiCall Transactions(string token) => Get("wallet/transactions?limit=20", token);

    public static ApiCall Pay(string token, string to, long amount, string? key) =>
        Post("payments", token, new { to, amount, description = "bench" }, key);

    public static ApiCall Payment(string token, string id) => Get("payments/" + Uri.EscapeDataString(id), token);

    public static ApiCall AdminTopUp(string adminToken, string userId, long amount, string? key) =>
        Post("admin/topups", adminToken, new { userId, amount, note = "bench funding" }, key);

    public static ApiCall VirtualAccountCharge(string token, long amount, string bank, string? key) =>
        Post("topups/virtual-account", token, new { amount, bank }, key);

    public static ApiCall BankTransfer(string token, long amount, string reference, string? key) =>
        Post("topups/bank-transfer", token,
            new { amount, senderBank = "bca", senderAccountName = "Bench Sender", transferReference = reference }, key);

    public static ApiCall TopUps(string token) => Get("topups?limit=20", token);

    public static ApiCall TopUp(string token, string id) => Get("topups/" + Uri.EscapeDataString(id), token);

    public static ApiCall Notifications(string token) => Get("notifications?limit=20", token);

    public static ApiCall Withdraw(string token, long amount, string? key) =>
        Post("withdrawals", token, new { amount, bankCode = "bca", accountNumber = "1234567890", accountName = "Bench Seller" }, key);

    public static ApiCall CashFlow(string token, DateOnly from, DateOnly to) =>
        Get($"reports/cash-flow?from={Day(from)}&to={Day(to)}&groupBy=day", token);

    public static ApiCall Overview(string adminToken) => Get("admin/reports/overview", adminToken);

    public static ApiCall StartBackup(string adminToken) => new(HttpMethod.Post, Base + "admin/backups", adminToken);

    public static ApiCall Backups(string adminToken) => Get("admin/backups", adminToken);

    private static ApiCall Get(string path, string token) => new(HttpMethod.Get, Base + path, token);

    private static ApiCall Post(string path, string? token, object body, string? key = null) =>
        new(HttpMethod.Post, Base + path, token, JsonSerializer.Serialize(body, Web), key);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
