using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Cashless.WebApi.Tests.Infrastructure;

/// <summary>
/// A fresh application whose clock the fixture moves, seeded once over HTTP with a community history at fixed local
/// times in Asia/Jakarta (UTC+7) around the midnight that ends Sunday 30 June 2030, which is also the end of an ISO
/// week and of a month. Its tests only read, so every number in them is computed by hand from this timeline:
/// <code>
/// 29 Jun 09:00  desk top-up buyer 200,000                    buyer 200,000
/// 29 Jun 10:00  other: bank transfer 150,000, approved       other 150,000
/// 29 Jun 10:30  other: bank transfer 70,000, rejected
/// 29 Jun 12:00  buyer pays seller 30,000                     buyer 170,000  seller 30,000
/// 30 Jun 09:00  buyer withdraws 50,000 (held)                buyer 120,000
/// 30 Jun 23:59:50  buyer pays seller 20,000                  buyer 100,000  seller 50,000
///  1 Jul 00:00:10  buyer pays seller 5,000                   buyer  95,000  seller 55,000
///  1 Jul 00:00:20  admin rejects the buyer's withdrawal      buyer 145,000
///  1 Jul 10:00  seller withdraws 40,000; 11:00 completed     seller 15,000
///  2 Jul 09:00  desk top-up other 25,000                     other 175,000
///  2 Jul 10:00  other: bank transfer 30,000, left awaiting review
///  2 Jul 11:00  seller withdraws 10,000, left pending        seller  5,000
///  2 Jul 12:00  admin freezes other
/// </code>
/// </summary>
public sealed class ReportsFixture : ApiFixture
{
    public const string Zone = "+07:00";

    public ReportsFixture()
        : this(new TestClock())
    {
    }

    private ReportsFixture(TestClock clock)
        : base(new CashlessApiFactory { TestServices = services => services.AddSingleton<TimeProvider>(clock) }) => Clock = clock;

    public TestClock Clock { get; }

    public TestUser Buyer { get; private set; } = null!;

    public TestUser Seller { get; private set; } = null!;

    public TestUser Other { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        JumpTo("2030-06-29T08:00:00");
        Buyer = await CreateUserAsync("buyer", "Report buyer");
        Seller = await CreateUserAsync("seller", "Report seller");
        Other = await CreateUserAsync("buyer", "Report other");
        await SeedAsync();
    }

    /// <summary>A client of <paramref name="user"/> with a token issued now (by the moved clock).</summary>
    public async Task<HttpClient> AsAsync(TestUser user) => (await LoginAsync(user.Email, user.Password)).Client;

    private async Task SeedAsync()
    {
        await At("2030-06-29T09:00:00", Admin, "/api/v1/admin/topups", new { userId = Buyer.Id, amount = 200_000 });
        JumpTo("2030-06-29T10:00:00");
        await ReviewAsync(await TransferAsync(150_000), "approve");
        JumpTo("2030-06-29T10:30:00");
        await ReviewAsync(await TransferAsync(70_000), "reject");
        await At("2030-06-29T12:00:00", Buyer, "/api/v1/payments", new { to = Seller.Id, amount = 30_000 });
        var held = await At("2030-06-30T09:00:00", Buyer, "/api/v1/withdrawals", Withdrawal(50_000));
        await At("2030-06-30T23:59:50", Buyer, "/api/v1/payments", new { to = Seller.Id, amount = 20_000 });
        await At("2030-07-01T00:00:10", Buyer, "/api/v1/payments", new { to = Seller.Id, amount = 5_000 });
        await At("2030-07-01T00:00:20", Admin, $"/api/v1/admin/withdrawals/{Id(held)}/reject", new { reason = "account name does not match" });
        var paidOut = await At("2030-07-01T10:00:00", Seller, "/api/v1/withdrawals", Withdrawal(40_000));
        await At("2030-07-01T11:00:00", Admin, $"/api/v1/admin/withdrawals/{Id(paidOut)}/complete", null);
        await At("2030-07-02T09:00:00", Admin, "/api/v1/admin/topups", new { userId = Other.Id, amount = 25_000 });
        JumpTo("2030-07-02T10:00:00");
        await TransferAsync(30_000);
        await At("2030-07-02T11:00:00", Seller, "/api/v1/withdrawals", Withdrawal(10_000));
        await At("2030-07-02T12:00:00", Admin, $"/api/v1/admin/users/{Other.Id}/freeze", null);
    }

    private void JumpTo(string localTime) =>
        Clock.JumpTo(DateTimeOffset.Parse(localTime + Zone, CultureInfo.InvariantCulture));

    /// <summary>Moves the clock to <paramref name="localTime"/> (Jakarta), then POSTs as <paramref name="user"/> and expects a 2xx.</summary>
    private async Task<JsonElement> At(string localTime, TestUser user, string path, object? body)
    {
        JumpTo(localTime);
        return await PostAsync(user, path, body);
    }

    private async Task<JsonElement> PostAsync(TestUser user, string path, object? body)
    {
        var client = await AsAsync(user);
        using var response = await client.PostAsync(path, body is null ? null : Api.Json(body));
        var answer = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"seeding POST {path} at {Clock.GetUtcNow():O}: {(int)response.StatusCode} {answer}");
        using var document = JsonDocument.Parse(answer);
        return document.RootElement.Clone();
    }

    private Task<JsonElement> TransferAsync(long amount) => PostAsync(Other, "/api/v1/topups/bank-transfer", new
    {
        amount,
        senderBank = "bca",
        senderAccountName = "Report other",
        transferReference = $"ref-{amount.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}", // one transfer each
    });

    private Task<JsonElement> ReviewAsync(JsonElement transfer, string action) =>
        PostAsync(Admin, $"/api/v1/admin/topups/{Id(transfer)}/{action}", action == "reject" ? new { reason = "not on the statement" } : null);

    private static object Withdrawal(long amount) => new { amount, bankCode = "bca", accountNumber = "1234567890", accountName = "Report user" };

    private static string Id(JsonElement created) => created.GetProperty("id").GetString()!;
}
