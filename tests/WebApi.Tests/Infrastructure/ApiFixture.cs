using System.Net;
using System.Text.Json;
using Cashless.Grains.Ledger;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cashless.WebApi.Tests.Infrastructure;

/// <summary>
/// One running application shared by the tests of <see cref="SharedApi"/> (starting a silo takes seconds).
/// Each test makes its own users, so tests never depend on each other's data.
/// </summary>
public class ApiFixture : IAsyncLifetime
{
    public ApiFixture()
        : this(new CashlessApiFactory())
    {
    }

    protected ApiFixture(CashlessApiFactory factory) => Factory = factory;

    public CashlessApiFactory Factory { get; }

    public TestUser Admin { get; private set; } = null!;

    public ICashlessStore Store => Factory.Services.GetRequiredService<ICashlessStore>();

    public virtual async Task InitializeAsync()
    {
        var client = Factory.CreateClient();
        await Eventually.True(
            async () => (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(60), "the application to be ready");
        Admin = await LoginAsync(Factory.AdminEmail, Factory.AdminPassword);
    }

    public virtual async Task DisposeAsync() => await Factory.DisposeAsync();

    public HttpClient Anonymous() => Factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = Factory.ClientOptions.BaseAddress,
    });

    public HttpClient WithToken(string token)
    {
        var client = Anonymous();
        client.UseToken(token);
        return client;
    }

    public async Task<TestUser> LoginAsync(string email, string password)
    {
        using var response = await Anonymous().PostAsync("/api/v1/auth/login", Api.Json(new { email, password }));
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"login of {email} failed: {body}");
        var user = body.GetProperty("user");
        var token = body.GetProperty("token").GetString()!;
        return new TestUser(user.GetProperty("id").GetString()!, user.GetProperty("name").GetString()!,
            user.GetProperty("email").GetString()!, password, user.GetProperty("role").GetString()!, token, WithToken(token));
    }

    /// <summary>Signs up (buyer or seller) or, for any role, has the admin create the user; then logs in.</summary>
    public async Task<TestUser> CreateUserAsync(string role = "buyer", string? name = null)
    {
        var email = Api.NewEmail(role);
        const string password = "Password-123";
        var payload = new { name = name ?? $"Test {role}", email, password, role };
        using var response = role == "admin"
            ? await Admin.Client.PostAsync("/api/v1/admin/users", Api.Json(payload))
            : await Anonymous().PostAsync("/api/v1/auth/register", Api.Json(payload));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await LoginAsync(email, password);
    }

    public async Task<JsonElement> TopUpAsync(string userId, long amount)
    {
        using var response = await Admin.Client.PostAsync("/api/v1/admin/topups", Api.Json(new { userId, amount }));
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"top-up failed: {body}");
        return body;
    }

    public static async Task<long> BalanceAsync(TestUser user)
    {
        using var response = await user.Client.GetAsync("/api/v1/wallet");
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"wallet failed: {body}");
        return body.GetProperty("balance").GetInt64();
    }

    public async Task SetFrozenAsync(string userId, bool frozen)
    {
        using var response = await Admin.Client.PostAsync($"/api/v1/admin/users/{userId}/{(frozen ? "freeze" : "unfreeze")}", null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Money is conserved: Σ balances + in flight = settled top-ups − withdrawals (pending or completed).</summary>
    public async Task AssertConservedAsync()
    {
        var totals = await Store.GetConservationTotalsAsync();
        Assert.True(totals.Balanced, $"money is not conserved: {totals}");
    }

    public static Task<HttpResponseMessage> PayAsync(TestUser payer, string to, long amount, string? key = null) =>
        payer.Client.SendAsync(Api.Post("/api/v1/payments", Api.Json(new { to, amount }), key));
}
