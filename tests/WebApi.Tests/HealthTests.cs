using System.Net;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

[Collection(SharedApi.Name)]
public sealed class HealthTests(ApiFixture app)
{
    [Fact]
    public async Task Live_Running_Returns200()
    {
        using var response = await app.Anonymous().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", (await response.ReadJsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_SiloAndStoreUp_Returns200WithEachCheck()
    {
        using var response = await app.Anonymous().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal("healthy", body.GetProperty("checks").GetProperty("silo").GetString());
        Assert.Equal("healthy", body.GetProperty("checks").GetProperty("store").GetString());
    }
}
