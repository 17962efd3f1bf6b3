using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Cashless.WebApi.Tests.Infrastructure;

/// <summary>
/// An application whose clock the tests move (payment requests expire, refunds have a window). A test that moves it
/// puts it back before it ends (<see cref="ResetClock"/>), as the collection's tests run one after another.
/// </summary>
public sealed class TillFixture : ApiFixture
{
    public TillFixture()
        : this(new TestClock())
    {
    }

    private TillFixture(TestClock clock)
        : base(new CashlessApiFactory { TestServices = services => services.AddSingleton<TimeProvider>(clock) }) => Clock = clock;

    public TestClock Clock { get; }

    public void ResetClock() => Clock.JumpTo(TimeProvider.System.GetUtcNow());

    /// <summary>A seller with one cashier (named <paramref name="cashierName"/>), both signed in.</summary>
    public async Task<(TestUser Seller, TestUser Cashier)> SellerWithCashierAsync(string sellerName = "Kantin Bu Sri", string cashierName = "Rina")
    {
        var seller = await CreateUserAsync("seller", sellerName);
        var email = Api.NewEmail("cashier");
        await ApiCalls.ExpectAsync(
            await seller.Client.PostAsync("/api/v1/cashiers", Api.Json(new { name = cashierName, email, password = "Password-123" })),
            HttpStatusCode.Created);
        return (seller, await LoginAsync(email, "Password-123"));
    }

    public static async Task<JsonElement> RequestAsync(TestUser till, long amount, string? description = null) =>
        await ApiCalls.ExpectAsync(
            await till.Client.PostAsync("/api/v1/payment-requests", Api.Json(new { amount, description })), HttpStatusCode.Created);

    public static Task<HttpResponseMessage> PayRequestAsync(TestUser buyer, string requestId, string? key = null) =>
        buyer.Client.SendAsync(Api.Post($"/api/v1/payment-requests/{requestId}/pay", null, key ?? Guid.NewGuid().ToString("N")));

    public static Task<HttpResponseMessage> RefundAsync(TestUser till, string paymentId, long amount, string? key = null) =>
        till.Client.SendAsync(Api.Post($"/api/v1/payments/{paymentId}/refunds", Api.Json(new { amount, reason = "wrong order" }),
            key ?? Guid.NewGuid().ToString("N")));
}

[CollectionDefinition(Name)]
public sealed class TillApi : ICollectionFixture<TillFixture>
{
    public const string Name = "till";
}
