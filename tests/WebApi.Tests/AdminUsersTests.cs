using System.Net;
using System.Text.Json;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

[Collection(SharedApi.Name)]
public sealed class AdminUsersTests(ApiFixture app)
{
    [Fact]
    public async Task CreateUser_Seller_Returns201AndTheSellerCanLogIn()
    {
        var email = Api.NewEmail("canteen");

        using var response = await app.Admin.Client.PostAsync("/api/v1/admin/users",
            Api.Json(new { name = "Kantin Tengah", email, password = "Password-123", role = "seller" }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var user = await response.ReadJsonAsync();
        Assert.Equal("seller", user.GetProperty("role").GetString());
        Assert.Equal("active", user.GetProperty("status").GetString());
        var seller = await app.LoginAsync(email, "Password-123");
        Assert.Equal("seller", seller.Role);
    }

    [Fact]
    public async Task CreateUser_Admin_CanUseAdminEndpoints()
    {
        var admin = await app.CreateUserAsync("admin");
        var buyer = await app.CreateUserAsync();

        using var response = await admin.Client.PostAsync("/api/v1/admin/topups", Api.Json(new { userId = buyer.Id, amount = 10_000 }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(admin.Id, (await response.ReadJsonAsync()).GetProperty("createdBy").GetString());
    }

    [Fact]
    public async Task CreateUser_TakenEmail_Returns409()
    {
        var existing = await app.CreateUserAsync();

        using var response = await app.Admin.Client.PostAsync("/api/v1/admin/users",
            Api.Json(new { name = "Copy", email = existing.Email, password = "Password-123", role = "seller" }));

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "email_taken");
    }

    [Theory]
    [InlineData("""{"name":"A","email":"a@example.test","password":"Password-123"}""", "role")]
    [InlineData("""{"name":"A","email":"a@example.test","password":"Password-123","role":"root"}""", "role")]
    [InlineData("""{"name":"A","email":"a@example.test","password":"short","role":"seller"}""", "password")]
    public async Task CreateUser_InvalidBody_Returns400(string body, string field)
    {
        using var response = await app.Admin.Client.PostAsync("/api/v1/admin/users", Api.Json(body));

        await response.AssertValidationAsync(field);
    }

    [Fact]
    public async Task CreateUser_ByBuyer_Returns403()
    {
        var buyer = await app.CreateUserAsync();

        using var response = await buyer.Client.PostAsync("/api/v1/admin/users",
            Api.Json(new { name = "Me Admin", email = Api.NewEmail(), password = "Password-123", role = "admin" }));

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task ListUsers_ByQueryAndRole_FindsMatchingUsers()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var seller = await app.CreateUserAsync("seller", $"Warung {tag}");
        var buyer = await app.CreateUserAsync("buyer", $"Murid {tag}");

        var all = await ListAsync($"?query={tag.ToUpperInvariant()}");
        var sellers = await ListAsync($"?query={tag}&role=seller");
        var byEmail = await ListAsync($"?query={Uri.EscapeDataString(buyer.Email)}");

        Assert.Equal(new[] { buyer.Id, seller.Id }.Order(), Ids(all).Order());
        var found = Assert.Single(sellers.GetProperty("items").EnumerateArray());
        Assert.Equal(seller.Id, found.GetProperty("id").GetString());
        Assert.Equal($"Warung {tag}", found.GetProperty("name").GetString());
        Assert.Equal(seller.Email, found.GetProperty("email").GetString());
        Assert.Equal("seller", found.GetProperty("role").GetString());
        Assert.Equal("active", found.GetProperty("status").GetString());
        Assert.Equal([buyer.Id], Ids(byEmail));
    }

    [Fact]
    public async Task ListUsers_Paged_ReturnsEveryMatchOnce()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var made = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            made.Add((await app.CreateUserAsync("buyer", $"Paged {tag} {i}")).Id);
        }

        var first = await ListAsync($"?query={tag}&limit=2");
        var cursor = first.GetProperty("nextCursor").GetString();
        Assert.NotNull(cursor);
        var second = await ListAsync($"?query={tag}&limit=2&before={Uri.EscapeDataString(cursor)}");

        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.Equal(made.Order(), Ids(first).Concat(Ids(second)).Order());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    [Theory]
    [InlineData("?role=king", "role")]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=x", "limit")]
    public async Task ListUsers_InvalidQuery_Returns400(string query, string field)
    {
        using var response = await app.Admin.Client.GetAsync($"/api/v1/admin/users{query}");

        await response.AssertValidationAsync(field);
    }

    [Fact]
    public async Task FreezeAndUnfreeze_StopAndResumePayments()
    {
        var buyer = await app.CreateUserAsync();
        var seller = await app.CreateUserAsync("seller");
        await app.TopUpAsync(buyer.Id, 30_000);

        using var frozen = await app.Admin.Client.PostAsync($"/api/v1/admin/users/{buyer.Id}/freeze", null);
        Assert.Equal(HttpStatusCode.OK, frozen.StatusCode);
        Assert.Equal("frozen", (await frozen.ReadJsonAsync()).GetProperty("status").GetString());
        var again = await app.LoginAsync(buyer.Email, buyer.Password); // a frozen user can still log in and read
        Assert.Equal(HttpStatusCode.OK, (await again.Client.GetAsync("/api/v1/me")).StatusCode);
        using var refused = await ApiFixture.PayAsync(buyer, seller.Id, 1_000);
        await refused.AssertProblemAsync(HttpStatusCode.Forbidden, "account_frozen");

        using var unfrozen = await app.Admin.Client.PostAsync($"/api/v1/admin/users/{buyer.Id}/unfreeze", null);
        Assert.Equal("active", (await unfrozen.ReadJsonAsync()).GetProperty("status").GetString());
        using var paid = await ApiFixture.PayAsync(buyer, seller.Id, 1_000);
        Assert.Equal(HttpStatusCode.Created, paid.StatusCode);
    }

    [Fact]
    public async Task Freeze_UnknownUser_Returns404()
    {
        using var response = await app.Admin.Client.PostAsync("/api/v1/admin/users/usr_00000000000000000000000000000003/freeze", null);

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    private async Task<JsonElement> ListAsync(string query)
    {
        using var response = await app.Admin.Client.GetAsync($"/api/v1/admin/users{query}");
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body;
    }

    private static IEnumerable<string> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("id").GetString()!);
}
