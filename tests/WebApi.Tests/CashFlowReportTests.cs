using System.Net;
using System.Text.Json;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

/// <summary>
/// Reports over HTTP checked against numbers computed by hand from <see cref="ReportsFixture"/>'s timeline. Local
/// midnight in Asia/Jakarta (UTC+7) is 17:00 UTC of the day before, so a payment at 23:59:50 on 30 June (16:59:50Z)
/// belongs to 30 June and one at 00:00:10 on 1 July (17:00:10Z on 30 June) to 1 July.
/// </summary>
[Collection(ReportsApi.Name)]
public sealed class CashFlowReportTests(ReportsFixture app)
{
    [Fact]
    public async Task CashFlow_ByDayAroundJakartaMidnight_MatchesTheHandComputedFixture()
    {
        var buyer = await app.AsAsync(app.Buyer);

        var report = await GetAsync(buyer, "/api/v1/reports/cash-flow?from=2030-06-30&to=2030-07-01&groupBy=day");

        // Before 30 June: +200,000 − 30,000. On 30 June: −50,000 (withdrawal held) − 20,000 (23:59:50).
        // On 1 July: −5,000 (00:00:10) + 50,000 (the withdrawal rejected at 00:00:20).
        AssertCashFlow(report, opening: 170_000, closing: 145_000, totalIn: 50_000, totalOut: 75_000);
        AssertPeriods(report,
            ("2030-06-30", "2030-06-29T17:00:00Z", 0, 70_000, -70_000, 100_000),
            ("2030-07-01", "2030-06-30T17:00:00Z", 50_000, 5_000, 45_000, 145_000));
        Assert.Equal(
            """{"topup":0,"payment_out":-25000,"payment_in":0,"payment_reversal":0,"withdrawal":-50000,"withdrawal_reversal":50000,"topup_reversal":0,"refund":0,"allowance":0}""",
            report.GetProperty("byKind").GetRawText());
        Assert.Equal("Asia/Jakarta", report.GetProperty("timeZone").GetString());
        Assert.Equal(("2030-06-30", "2030-07-01", "day"),
            (report.GetProperty("from").GetString(), report.GetProperty("to").GetString(), report.GetProperty("groupBy").GetString()));
    }

    [Fact]
    public async Task CashFlow_SellerByDay_MatchesTheHandComputedFixture()
    {
        var seller = await app.AsAsync(app.Seller);

        var report = await GetAsync(seller, "/api/v1/reports/cash-flow?from=2030-06-30&to=2030-07-02");

        AssertCashFlow(report, opening: 30_000, closing: 5_000, totalIn: 25_000, totalOut: 50_000);
        AssertPeriods(report,
            ("2030-06-30", "2030-06-29T17:00:00Z", 20_000, 0, 20_000, 50_000),
            ("2030-07-01", "2030-06-30T17:00:00Z", 5_000, 40_000, -35_000, 15_000),
            ("2030-07-02", "2030-07-01T17:00:00Z", 0, 10_000, -10_000, 5_000));
    }

    [Theory]
    [InlineData("week", "2030-06-29", "2030-07-02", "2030-06-29", "2030-06-28T17:00:00Z")]
    [InlineData("month", "2030-06-01", "2030-07-31", "2030-06-01", "2030-05-31T17:00:00Z")]
    public async Task CashFlow_ByWeekOrMonth_CutsAtTheMidnightThatStartsMonday1July(
        string groupBy, string from, string to, string firstDate, string firstStart)
    {
        var buyer = await app.AsAsync(app.Buyer);

        var report = await GetAsync(buyer, $"/api/v1/reports/cash-flow?from={from}&to={to}&groupBy={groupBy}");

        AssertCashFlow(report, opening: 0, closing: 145_000, totalIn: 250_000, totalOut: 105_000);
        AssertPeriods(report,
            (firstDate, firstStart, 200_000, 100_000, 100_000, 100_000),
            ("2030-07-01", "2030-06-30T17:00:00Z", 50_000, 5_000, 45_000, 145_000));
    }

    [Fact]
    public async Task CashFlow_AcceptCsv_AnswersTheSamePeriodsAsCsv()
    {
        var buyer = await app.AsAsync(app.Buyer);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/reports/cash-flow?from=2030-06-30&to=2030-07-01");
        request.Headers.TryAddWithoutValidation("Accept", "text/csv");

        using var response = await buyer.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("Accept", response.Headers.Vary);
        Assert.Equal(
            "date,start,in,out,net,closing_balance\r\n"
            + "2030-06-30,2030-06-29T17:00:00Z,0,70000,-70000,100000\r\n"
            + "2030-07-01,2030-06-30T17:00:00Z,50000,5000,45000,145000\r\n",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Overview_SeededCommunity_EqualsTheHandComputedNumbers()
    {
        var admin = await app.AsAsync(app.Admin);

        var overview = await GetAsync(admin, "/api/v1/admin/reports/overview");

        // Balances: buyer 145,000 + seller 5,000 + other 175,000. Top-ups: desk 200,000 + 25,000, bank transfer 150,000.
        // Withdrawals: 40,000 completed, 10,000 pending (the rejected 50,000 counts nowhere). Payments 30,000 + 20,000 + 5,000.
        Assert.Equal(Compact("""
            {"accounts":{"buyers":2,"sellers":1,"admins":1,"frozen":1},
             "liabilities":325000,
             "topUps":{"virtualAccount":0,"bankTransfer":150000,"admin":225000,"total":375000},
             "withdrawals":{"pending":10000,"completed":40000},
             "payments":{"count":3,"volume":55000},
             "conservation":{"expected":325000,"balances":325000,"inFlight":0,"balanced":true},
             "pending":{"bankTransferReviews":1,"withdrawals":1}}
            """), overview.GetRawText());
    }

    [Fact]
    public async Task CommunityCashFlow_ByDay_MatchesTheHandComputedFixture()
    {
        var admin = await app.AsAsync(app.Admin);

        var report = await GetAsync(admin, "/api/v1/admin/reports/cash-flow?from=2030-06-29&to=2030-07-02&groupBy=day");

        Assert.Equal(Compact("""
            {"in":{"virtualAccount":0,"bankTransfer":150000,"admin":225000,"total":375000},"out":{"withdrawals":100000},
             "reversals":{"topUps":0,"withdrawals":50000},"net":325000}
            """), report.GetProperty("totals").GetRawText());
        Assert.Equal(Compact("""
            [{"start":"2030-06-28T17:00:00Z","date":"2030-06-29","in":{"virtualAccount":0,"bankTransfer":150000,"admin":200000,"total":350000},
              "out":{"withdrawals":0},"reversals":{"topUps":0,"withdrawals":0},"net":350000},
             {"start":"2030-06-29T17:00:00Z","date":"2030-06-30","in":{"virtualAccount":0,"bankTransfer":0,"admin":0,"total":0},
              "out":{"withdrawals":50000},"reversals":{"topUps":0,"withdrawals":0},"net":-50000},
             {"start":"2030-06-30T17:00:00Z","date":"2030-07-01","in":{"virtualAccount":0,"bankTransfer":0,"admin":0,"total":0},
              "out":{"withdrawals":40000},"reversals":{"topUps":0,"withdrawals":50000},"net":10000},
             {"start":"2030-07-01T17:00:00Z","date":"2030-07-02","in":{"virtualAccount":0,"bankTransfer":0,"admin":25000,"total":25000},
              "out":{"withdrawals":10000},"reversals":{"topUps":0,"withdrawals":0},"net":15000}]
            """), report.GetProperty("periods").GetRawText());
        Assert.Equal(("Asia/Jakarta", "day"), (report.GetProperty("timeZone").GetString(), report.GetProperty("groupBy").GetString()));
    }

    [Fact]
    public async Task CommunityCashFlow_ByWeek_NetAddsUpToTheLiabilities()
    {
        var admin = await app.AsAsync(app.Admin);

        var report = await GetAsync(admin, "/api/v1/admin/reports/cash-flow?from=2030-06-29&to=2030-07-07&groupBy=week");

        var periods = report.GetProperty("periods").EnumerateArray().ToList();
        Assert.Equal(["2030-06-29", "2030-07-01"], periods.Select(p => p.GetProperty("date").GetString()));
        Assert.Equal([300_000L, 25_000L], periods.Select(p => p.GetProperty("net").GetInt64()));
        var liabilities = (await GetAsync(admin, "/api/v1/admin/reports/overview")).GetProperty("liabilities").GetInt64();
        Assert.Equal(liabilities, periods.Sum(p => p.GetProperty("net").GetInt64()));
    }

    [Fact]
    public async Task CommunityCashFlow_AcceptCsv_AnswersThePeriodsAsCsv()
    {
        var admin = await app.AsAsync(app.Admin);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/admin/reports/cash-flow?from=2030-06-30&to=2030-07-01");
        request.Headers.TryAddWithoutValidation("Accept", "application/json;q=0.5, text/csv");

        using var response = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(
            "date,start,in_virtual_account,in_bank_transfer,in_admin,in_total,out_withdrawals,reversals_topups,reversals_withdrawals,net\r\n"
            + "2030-06-30,2030-06-29T17:00:00Z,0,0,0,0,50000,0,0,-50000\r\n"
            + "2030-07-01,2030-06-30T17:00:00Z,0,0,0,0,40000,0,50000,10000\r\n",
            await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string path) =>
        await ApiCalls.ExpectAsync(await client.GetAsync(path), HttpStatusCode.OK);

    private static void AssertCashFlow(JsonElement report, long opening, long closing, long totalIn, long totalOut) =>
        Assert.Equal((opening, closing, totalIn, totalOut), (
            report.GetProperty("openingBalance").GetInt64(), report.GetProperty("closingBalance").GetInt64(),
            report.GetProperty("totalIn").GetInt64(), report.GetProperty("totalOut").GetInt64()));

    private static void AssertPeriods(JsonElement report, params (string Date, string Start, long In, long Out, long Net, long Closing)[] expected)
    {
        var periods = report.GetProperty("periods").EnumerateArray().Select(p => (
            p.GetProperty("date").GetString()!, p.GetProperty("start").GetString()!, p.GetProperty("in").GetInt64(),
            p.GetProperty("out").GetInt64(), p.GetProperty("net").GetInt64(), p.GetProperty("closingBalance").GetInt64()));
        Assert.Equal(expected, periods);
    }

    private static string Compact(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement);
    }
}
