using System.Net;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests.Exports;

/// <summary>The journal and statement downloads over HTTP: format, quoting, encoding and who may have them.</summary>
[Collection(SharedApi.Name)]
public sealed class ExportsTests(ApiFixture app)
{
    private const string Header = "created_at,entry_id,account_id,kind,amount,balance_after,counterparty,reference,description";

    [Fact]
    public async Task Journal_IsCsvWithAHeaderEveryEntryOfThePeriodAndQuotedText()
    {
        var (payer, seller, paymentId) = await PaidAsync("=HYPERLINK(\"http://evil.test\",\"click\"), lunch\r\nsecond line");

        using var response = await app.Admin.Client.GetAsync("/api/v1/admin/exports/journal");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var records = CsvText.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Header, string.Join(',', records[0]));
        Assert.All(records, record => Assert.Equal(9, record.Count));
        var payerRows = records.Where(record => record[2] == payer.Id).ToList();
        Assert.Equal(["topup", "payment_out"], payerRows.Select(row => row[3]));
        var payment = payerRows[1];
        Assert.Equal(["-12000", "38000", seller.Id, paymentId], payment[4..8]);
        Assert.Equal("'=HYPERLINK(\"http://evil.test\",\"click\"), lunch\r\nsecond line", payment[8]);
        Assert.StartsWith($"ent_{payer.Id[4..]}_", payment[1], StringComparison.Ordinal);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", payment[0]);
        Assert.Equal(["payment_in"], records.Where(record => record[2] == seller.Id).Select(row => row[3]));
    }

    [Fact]
    public async Task Journal_OfAPeriodWithoutEntries_IsTheHeaderAlone()
    {
        using var response = await app.Admin.Client.GetAsync("/api/v1/admin/exports/journal?from=2001-01-01&to=2001-12-31");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Header + "\r\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task StatementCsv_HoldsOnlyThatAccountOldestFirst()
    {
        var (payer, _, _) = await PaidAsync("+cmd|' /C calc'!A0");

        using var response = await app.Admin.Client.GetAsync($"/api/v1/admin/users/{payer.Id}/statement?format=csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var records = CsvText.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Header, string.Join(',', records[0]));
        Assert.All(records.Skip(1), record => Assert.Equal(payer.Id, record[2]));
        Assert.Equal(["topup", "payment_out"], records.Skip(1).Select(record => record[3]));
        Assert.Equal("'+cmd|' /C calc'!A0", records[2][8]);
    }

    [Fact]
    public async Task StatementHtml_EncodesEveryTextAndShowsOpeningAndClosing()
    {
        var (payer, _, _) = await PaidAsync("<script>alert('x')</script>");

        using var response = await app.Admin.Client.GetAsync($"/api/v1/admin/users/{payer.Id}/statement");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.Contains("Opening balance: <strong>Rp 0</strong>", page, StringComparison.Ordinal);
        Assert.Contains("Closing balance</td><td></td><td class=\"n\">Rp 38.000</td>", page, StringComparison.Ordinal);
        Assert.Contains("Money out</td><td class=\"n\">−Rp 12.000</td>", page, StringComparison.Ordinal);
        Assert.EndsWith("</html>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exports_ForAnyoneButAnAdminOrWithABadQuery_AreRefused()
    {
        var buyer = await app.CreateUserAsync();

        using var journalByBuyer = await buyer.Client.GetAsync("/api/v1/admin/exports/journal");
        using var statementByBuyer = await buyer.Client.GetAsync($"/api/v1/admin/users/{buyer.Id}/statement");
        using var anonymous = await app.Anonymous().GetAsync("/api/v1/admin/exports/journal");
        using var unknown = await app.Admin.Client.GetAsync("/api/v1/admin/users/usr_0000000000000000000000000000dead/statement");
        using var badDate = await app.Admin.Client.GetAsync("/api/v1/admin/exports/journal?from=2026-13-01");
        using var tooLong = await app.Admin.Client.GetAsync("/api/v1/admin/exports/journal?from=2024-01-01&to=2025-12-31");
        using var badFormat = await app.Admin.Client.GetAsync($"/api/v1/admin/users/{buyer.Id}/statement?format=pdf");

        await journalByBuyer.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await statementByBuyer.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await anonymous.AssertProblemAsync(HttpStatusCode.Unauthorized, "missing_token");
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await badDate.AssertValidationAsync("from");
        await tooLong.AssertValidationAsync("to");
        await badFormat.AssertValidationAsync("format");
    }

    private async Task<(TestUser Payer, TestUser Seller, string PaymentId)> PaidAsync(string description)
    {
        var payer = await app.CreateUserAsync();
        var seller = await app.CreateUserAsync("seller");
        await app.TopUpAsync(payer.Id, 50_000);
        var payment = await ApiCalls.ExpectAsync(
            await payer.Client.PostAsync("/api/v1/payments", Api.Json(new { to = seller.Id, amount = 12_000, description })), HttpStatusCode.Created);
        return (payer, seller, payment.GetProperty("id").GetString()!);
    }
}
