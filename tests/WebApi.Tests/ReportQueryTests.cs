using System.Globalization;
using System.Net;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

/// <summary>The report ranges: defaults, limits, what is refused, and who may ask.</summary>
[Collection(SharedApi.Name)]
public sealed class ReportQueryTests(ApiFixture app)
{
    [Theory]
    [InlineData("from=2026-11-02&to=2026-11-01", "to")]
    [InlineData("from=2025-01-01&to=2026-01-02", "to")]
    [InlineData("from=2026-13-01&to=2026-12-31", "from")]
    [InlineData("from=26-11-2026", "from")]
    [InlineData("from=2026-11-01T00:00:00Z", "from")]
    [InlineData("to=yesterday", "to")]
    [InlineData("from=1969-12-31&to=1970-01-01", "from")]
    [InlineData("to=9999-12-31", "to")]
    [InlineData("groupBy=year", "groupBy")]
    [InlineData("groupBy=Day", "groupBy")]
    public async Task CashFlow_BadRange_Returns400ValidationFailed(string query, string field)
    {
        var buyer = await app.CreateUserAsync();

        using var response = await buyer.Client.GetAsync($"/api/v1/reports/cash-flow?{query}");
        using var community = await app.Admin.Client.GetAsync($"/api/v1/admin/reports/cash-flow?{query}");

        await response.AssertValidationAsync(field);
        await community.AssertValidationAsync(field);
    }

    [Fact]
    public async Task CashFlow_366DaysBothIncluded_IsAcceptedWithOneRowPerDay()
    {
        var buyer = await app.CreateUserAsync();

        using var response = await buyer.Client.GetAsync("/api/v1/reports/cash-flow?from=2024-01-01&to=2024-12-31");

        var report = await ApiCalls.ExpectAsync(response, HttpStatusCode.OK);
        Assert.Equal(366, report.GetProperty("periods").GetArrayLength());
    }

    [Fact]
    public async Task CashFlow_NoQuery_IsTheLast30DaysByDayEndingTodayInJakarta()
    {
        var buyer = await app.CreateUserAsync();
        await app.TopUpAsync(buyer.Id, 40_000);

        var report = await ApiCalls.ExpectAsync(await buyer.Client.GetAsync("/api/v1/reports/cash-flow"), HttpStatusCode.OK);

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var to = DateOnly.Parse(report.GetProperty("to").GetString()!, CultureInfo.InvariantCulture);
        Assert.True(to == today || to == today.AddDays(-1), $"to is {to}, today in Jakarta is {today}");
        Assert.Equal(to.AddDays(-29).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), report.GetProperty("from").GetString());
        Assert.Equal("day", report.GetProperty("groupBy").GetString());
        Assert.Equal(30, report.GetProperty("periods").GetArrayLength());
        Assert.Equal((0L, 40_000L, 40_000L), (report.GetProperty("openingBalance").GetInt64(),
            report.GetProperty("closingBalance").GetInt64(), report.GetProperty("totalIn").GetInt64()));
        Assert.Equal(40_000, report.GetProperty("byKind").GetProperty("topup").GetInt64());
    }

    [Fact]
    public async Task CashFlow_AcceptJsonOrAnything_AnswersJson()
    {
        var buyer = await app.CreateUserAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/reports/cash-flow");
        request.Headers.TryAddWithoutValidation("Accept", "text/csv;q=0.5, application/json");

        using var response = await buyer.Client.SendAsync(request);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Reports_WrongRoleOrNoToken_AreRefused()
    {
        var buyer = await app.CreateUserAsync();

        using var adminOnOwn = await app.Admin.Client.GetAsync("/api/v1/reports/cash-flow");
        using var buyerOnOverview = await buyer.Client.GetAsync("/api/v1/admin/reports/overview");
        using var buyerOnCommunity = await buyer.Client.GetAsync("/api/v1/admin/reports/cash-flow");
        using var anonymous = await app.Anonymous().GetAsync("/api/v1/admin/reports/overview");

        await adminOnOwn.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await buyerOnOverview.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await buyerOnCommunity.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await anonymous.AssertProblemAsync(HttpStatusCode.Unauthorized, "missing_token");
    }
}
