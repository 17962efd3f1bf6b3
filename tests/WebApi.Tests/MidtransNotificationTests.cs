using System.Net;
using System.Text.Json;
using Cashless.WebApi.Midtrans;
using Cashless.WebApi.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Cashless.WebApi.Tests;

/// <summary>The notification endpoint called directly, as an attacker or a confused proxy could.</summary>
[Collection(MidtransApi.Name)]
public sealed class MidtransNotificationTests(MidtransFixture app)
{
    [Fact]
    public async Task Receive_WrongSignature_Returns401LogsTheOrderAndNeverTheKey()
    {
        var (buyer, id) = await PendingAsync();

        using var response = await PostAsync(Notification(id, "settlement", "200", "150000.00", signature: new string('a', 128)));

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_signature");
        await MidtransFixture.TopUpInStatusAsync(buyer, id, "pending");
        var line = Assert.Single(app.Factory.Logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains(id, StringComparison.Ordinal));
        Assert.Contains("invalid signature", line.Message, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Factory.Logs.Lines, l => l.Message.Contains(MidtransFixture.ServerKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Receive_MissingSignedFields_Returns401()
    {
        using var response = await PostAsync("""{"order_id":"top_x","transaction_status":"settlement"}""");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_signature");
    }

    [Fact]
    public async Task Receive_SignedButUnknownOrder_Returns404()
    {
        using var response = await PostAsync(Notification("top_0000000000000000000000000000beef", "settlement", "200", "150000.00"));

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("null")]
    public async Task Receive_NotAJsonObject_Returns400(string body)
    {
        using var response = await PostAsync(body);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "malformed_json");
    }

    [Fact]
    public async Task Receive_SignedSettlementTheStatusApiDenies_CreditsNothing()
    {
        // Someone holding the server key (or replaying an old body) says "settlement"; the status API says pending.
        var (buyer, id) = await PendingAsync();

        using var response = await PostAsync(Notification(id, "settlement", "200", "150000.00"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", (await response.ReadJsonAsync()).GetProperty("status").GetString());
        await MidtransFixture.TopUpInStatusAsync(buyer, id, "pending");
        Assert.Equal(0, await ApiFixture.BalanceAsync(buyer));
        await app.AssertConservedAsync();
    }

    [Fact]
    public async Task Receive_UnknownMembersAndANumericAmount_AreReadLeniently()
    {
        var (buyer, id) = await PendingAsync();
        await app.ControlAsync(id, "pay?notify=false");
        var signature = MidtransSignature.Compute(id, "200", "150000.00", MidtransFixture.ServerKey);
        var body = $$"""
            {"order_id":"{{id}}","status_code":"200","gross_amount":150000.00,"signature_key":"{{signature}}",
             "transaction_status":"settlement","fraud_status":"accept","brand_new_field":{"nested":[1,2,3]},"currency":"IDR"}
            """;

        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await MidtransFixture.TopUpInStatusAsync(buyer, id, "settled");
        Assert.Equal(150_000, await ApiFixture.BalanceAsync(buyer));
        await app.AssertConservedAsync();
    }

    [Fact]
    public async Task Receive_SignedFractionalAmount_FlagsInsteadOfCrediting()
    {
        var (buyer, id) = await PendingAsync();
        await app.ControlAsync(id, "pay?notify=false");

        using var response = await PostAsync(Notification(id, "settlement", "200", "150000.50"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await MidtransFixture.TopUpInStatusAsync(buyer, id, "flagged");
        Assert.Equal(0, await ApiFixture.BalanceAsync(buyer));
        await app.AssertConservedAsync();
    }

    private async Task<(TestUser Buyer, string Id)> PendingAsync()
    {
        var buyer = await app.CreateUserAsync();
        using var response = await buyer.Client.PostAsync("/api/v1/topups/virtual-account", Api.Json(new { amount = 150_000, bank = "bca" }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.ReadJsonAsync()).GetProperty("id").GetString()!;
        await app.DeliveriesAsync(id, "pending");
        return (buyer, id);
    }

    private static string Notification(string orderId, string status, string statusCode, string grossAmount, string? signature = null) =>
        JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["order_id"] = orderId,
            ["status_code"] = statusCode,
            ["gross_amount"] = grossAmount,
            ["transaction_status"] = status,
            ["fraud_status"] = "accept",
            ["signature_key"] = signature ?? MidtransSignature.Compute(orderId, statusCode, grossAmount, MidtransFixture.ServerKey),
        });

    private Task<HttpResponseMessage> PostAsync(string body) =>
        app.Anonymous().PostAsync("/api/v1/midtrans/notifications", Api.Json(body));
}
