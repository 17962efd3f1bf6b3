using System.Net;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

[Collection(SharedApi.Name)]
public sealed class MeTests(ApiFixture app)
{
    [Fact]
    public async Task GetMe_SignedIn_ReturnsProfile()
    {
        var user = await app.CreateUserAsync("seller", "Koperasi Sekolah");

        using var response = await user.Client.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = await response.ReadJsonAsync();
        Assert.Equal(user.Id, me.GetProperty("id").GetString());
        Assert.Equal("Koperasi Sekolah", me.GetProperty("name").GetString());
        Assert.Equal(user.Email, me.GetProperty("email").GetString());
        Assert.Equal("seller", me.GetProperty("role").GetString());
        Assert.Equal("active", me.GetProperty("status").GetString());
        me.GetProperty("createdAt").ReadTime();
    }

    [Fact]
    public async Task GetMe_Admin_ReturnsAdminRole()
    {
        using var response = await app.Admin.Client.GetAsync("/api/v1/me");

        Assert.Equal("admin", (await response.ReadJsonAsync()).GetProperty("role").GetString());
    }
}
