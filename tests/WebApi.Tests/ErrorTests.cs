using System.Net;
using System.Net.Http.Headers;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

[Collection(SharedApi.Name)]
public sealed class ErrorTests(ApiFixture app)
{
    [Fact]
    public async Task UnknownRoute_UnderApi_Returns404Problem()
    {
        using var response = await app.Anonymous().GetAsync("/api/v1/no-such-thing");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task WrongMethod_Returns405Problem()
    {
        using var response = await app.Anonymous().DeleteAsync("/api/v1/auth/login");

        await response.AssertProblemAsync(HttpStatusCode.MethodNotAllowed, "method_not_allowed");
    }

    [Fact]
    public async Task UnhandledException_Returns500WithoutInternals()
    {
        using var response = await app.Anonymous().GetAsync(CashlessApiFactory.FailingPath);

        var problem = await response.AssertProblemAsync(HttpStatusCode.InternalServerError, "internal_error");
        var text = problem.GetRawText();
        Assert.DoesNotContain("secret", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("InvalidOperationException", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Data Source", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Problem_ClientAcceptsOnlyHtml_IsStillProblemJson()
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await client.GetAsync("/api/v1/no-such-thing");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task OversizedBody_Returns413Problem()
    {
        var padding = new string('x', 70_000);

        using var response = await app.Anonymous().PostAsync("/api/v1/auth/login",
            Api.Json($$"""{"email":"a@example.test","password":"{{padding}}"}"""));

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
    }
}
