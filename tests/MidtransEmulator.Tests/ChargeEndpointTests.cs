using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Cashless.MidtransEmulator.Tests.Infrastructure;

namespace Cashless.MidtransEmulator.Tests;

public class ChargeEndpointTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Theory]
    [InlineData("POST", "/v2/charge")]
    [InlineData("GET", "/v2/ANY-ORDER/status")]
    [InlineData("POST", "/v2/ANY-ORDER/cancel")]
    [InlineData("POST", "/v2/ANY-ORDER/expire")]
    public async Task CoreApi_NoAuthorization_Returns401(string method, string path)
    {
        using var request = EmulatorFixture.Request(new HttpMethod(method), path, ChargeBodies.BankTransfer("A-1", "bca"));

        var response = await emulator.SendAsync(request);

        AssertUnauthorized(response);
    }

    [Theory]
    [InlineData("SB-Mid-server-WRONG:")]
    [InlineData("SB-Mid-server-TESTKEY")]
    [InlineData("SB-Mid-server-TESTKEY:secret")]
    public async Task Charge_WrongCredentials_Returns401(string credentials)
    {
        var orderId = EmulatorFixture.NewOrderId();
        using var request = EmulatorFixture.Request(HttpMethod.Post, "/v2/charge", ChargeBodies.BankTransfer(orderId, "bca"));
        request.Headers.Authorization = EmulatorFixture.BasicAuth(credentials);

        var response = await emulator.SendAsync(request);

        AssertUnauthorized(response);
        Assert.Null(emulator.State.Find(orderId));
    }

    [Theory]
    [InlineData("bca")]
    [InlineData("bni")]
    [InlineData("bri")]
    [InlineData("cimb")]
    public async Task Charge_VaBank_ReturnsPendingWithVaNumbers(string bank)
    {
        var orderId = EmulatorFixture.NewOrderId();

        var charge = await emulator.ChargeAsync(ChargeBodies.BankTransfer(orderId, bank));

        AssertPendingCharge(charge, orderId, "bank_transfer");
        var va = Assert.Single(charge.Body.GetProperty("va_numbers").EnumerateArray());
        Assert.Equal(bank, va.GetProperty("bank").GetString());
        Assert.Matches("^[0-9]{10,}$", va.GetProperty("va_number").GetString());
        Assert.False(charge.Has("permata_va_number"));
    }

    [Fact]
    public async Task Charge_Permata_ReturnsPermataVaNumberOnly()
    {
        var orderId = EmulatorFixture.NewOrderId();

        var charge = await emulator.ChargeAsync(ChargeBodies.BankTransfer(orderId, "permata"));

        AssertPendingCharge(charge, orderId, "bank_transfer");
        Assert.Matches("^[0-9]{10,}$", charge.Field("permata_va_number"));
        Assert.False(charge.Has("va_numbers"));
    }

    [Fact]
    public async Task Charge_Echannel_ReturnsBillerCodeAndBillKey()
    {
        var orderId = EmulatorFixture.NewOrderId();

        var charge = await emulator.ChargeAsync(ChargeBodies.Echannel(orderId));

        AssertPendingCharge(charge, orderId, "echannel");
        Assert.Equal("70012", charge.Field("biller_code"));
        Assert.Matches("^[0-9]{6,12}$", charge.Field("bill_key"));
        Assert.False(charge.Has("va_numbers"));
    }

    [Theory]
    [InlineData("bill_info1")]
    [InlineData("bill_info2")]
    public async Task Charge_EchannelWithoutBillInfo_Returns400(string missing)
    {
        var body = ChargeBodies.Echannel(EmulatorFixture.NewOrderId());
        body["echannel"]!.AsObject().Remove(missing);

        var charge = await emulator.ChargeAsync(body);

        AssertValidationError(charge, $"echannel.{missing} is required");
    }

    [Theory]
    [InlineData(20, "second", 20)]
    [InlineData(90, "minute", 90 * 60)]
    [InlineData(2, "hour", 2 * 3600)]
    [InlineData(1, "day", 86400)]
    public async Task Charge_CustomExpiry_SetsExpiryTime(int duration, string unit, int expectedSeconds)
    {
        var charge = await emulator.ChargeAsync(ChargeBodies.BankTransfer(EmulatorFixture.NewOrderId(), "bni").WithExpiry(duration, unit));

        Assert.Equal(HttpStatusCode.Created, charge.Status);
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), WireTime(charge.Field("expiry_time")) - WireTime(charge.Field("transaction_time")));
    }

    [Theory]
    [InlineData(19, "second")]
    [InlineData(181, "day")]
    [InlineData(1, "week")]
    public async Task Charge_CustomExpiryOutOfRange_Returns400(int duration, string unit)
    {
        var charge = await emulator.ChargeAsync(ChargeBodies.BankTransfer(EmulatorFixture.NewOrderId(), "bca").WithExpiry(duration, unit));

        AssertValidationError(charge, "custom_expiry");
    }

    [Fact]
    public async Task Charge_DuplicateOrderId_Returns406InBodyUnderHttp200()
    {
        var orderId = await emulator.NewPendingAsync();

        var duplicate = await emulator.ChargeAsync(ChargeBodies.BankTransfer(orderId, "bni"));

        Assert.Equal(HttpStatusCode.OK, duplicate.Status);
        Assert.Equal("406", duplicate.Field("status_code"));
        Assert.Equal("order_id has been paid and utilized, please use another order ID", duplicate.Field("status_message"));
        Assert.Equal(2, emulator.State.ChargeRequests(orderId));
        Assert.Single(emulator.State.Order(orderId)!.Transactions);
    }

    [Theory]
    [InlineData("cancel")]
    [InlineData("expire")]
    public async Task Charge_OrderIdFreedByCancelOrExpire_IsAccepted(string action)
    {
        var orderId = await emulator.NewPendingAsync();
        await emulator.SendAsync(HttpMethod.Post, $"/v2/{orderId}/{action}");

        var again = await emulator.ChargeAsync(ChargeBodies.BankTransfer(orderId, "bri"));

        Assert.Equal(HttpStatusCode.Created, again.Status);
        Assert.Equal("pending", (await emulator.StatusAsync(orderId)).Field("transaction_status"));
        Assert.Equal(2, emulator.State.Order(orderId)!.Transactions.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ORDER 1")]
    [InlineData("ORDER/1")]
    [InlineData("ORDER#1")]
    [InlineData("ÖRDER-1")]
    public async Task Charge_OrderIdWithForbiddenCharacters_Returns400(string orderId)
    {
        var charge = await emulator.ChargeAsync(ChargeBodies.BankTransfer(orderId, "bca"));

        AssertValidationError(charge, "transaction_details.order_id");
    }

    [Theory]
    [InlineData(50, HttpStatusCode.Created)]
    [InlineData(51, HttpStatusCode.BadRequest)]
    public async Task Charge_OrderIdLength_AcceptsUpTo50(int length, HttpStatusCode expected)
    {
        var orderId = ("A-_~." + Guid.NewGuid().ToString("N") + new string('9', 50))[..length];

        var charge = await emulator.ChargeAsync(ChargeBodies.BankTransfer(orderId, "bca"));

        Assert.Equal(expected, charge.Status);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("150000.5")]
    [InlineData("150000.00")]
    [InlineData("\"150000.00\"")]
    [InlineData("\"abc\"")]
    [InlineData("null")]
    public async Task Charge_InvalidGrossAmount_Returns400(string amountJson)
    {
        var body = ChargeBodies.BankTransfer(EmulatorFixture.NewOrderId(), "bca");
        body["transaction_details"]!["gross_amount"] = JsonNode.Parse(amountJson);

        var charge = await emulator.ChargeAsync(body);

        AssertValidationError(charge, "transaction_details.gross_amount");
    }

    [Theory]
    [InlineData("1", "1.00")]
    [InlineData("\"150000\"", "150000.00")]
    public async Task Charge_IntegerGrossAmount_IsAcceptedAndFormatted(string amountJson, string expected)
    {
        var body = ChargeBodies.BankTransfer(EmulatorFixture.NewOrderId(), "bri");
        body["transaction_details"]!["gross_amount"] = JsonNode.Parse(amountJson);

        var charge = await emulator.ChargeAsync(body);

        Assert.Equal(HttpStatusCode.Created, charge.Status);
        Assert.Equal(expected, charge.Field("gross_amount"));
    }

    [Theory]
    [InlineData("""{"payment_type":"bank_transfer","transaction_details":{"order_id":"X-1","gross_amount":1000},"bank_transfer":{"bank":"mandiri"}}""", "bank_transfer.bank")]
    [InlineData("""{"payment_type":"gopay","transaction_details":{"order_id":"X-1","gross_amount":1000}}""", "payment_type")]
    [InlineData("""{"payment_type":"bank_transfer","transaction_details":{"order_id":"X-1","gross_amount":1000},"item_details":[{"price":400,"quantity":2}]}""", "item_details")]
    public async Task Charge_InvalidBody_Returns400(string json, string messageFragment)
    {
        var charge = await emulator.ChargeAsync(JsonNode.Parse(json)!.AsObject());

        AssertValidationError(charge, messageFragment);
    }

    private static void AssertPendingCharge(ApiResponse charge, string orderId, string paymentType)
    {
        Assert.Equal(HttpStatusCode.Created, charge.Status);
        Assert.Equal("201", charge.Field("status_code"));
        Assert.Equal("pending", charge.Field("transaction_status"));
        Assert.Equal("accept", charge.Field("fraud_status"));
        Assert.Equal(orderId, charge.Field("order_id"));
        Assert.Equal("150000.00", charge.Field("gross_amount"));
        Assert.Equal("IDR", charge.Field("currency"));
        Assert.Equal(paymentType, charge.Field("payment_type"));
        Assert.Equal("G000000000", charge.Field("merchant_id"));
        Assert.True(Guid.TryParse(charge.Field("transaction_id"), out _));
        var transactionTime = WireTime(charge.Field("transaction_time"));
        var nowInJakarta = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).DateTime;
        Assert.InRange(transactionTime, nowInJakarta.AddMinutes(-1), nowInJakarta.AddMinutes(1));
        Assert.Equal(TimeSpan.FromHours(24), WireTime(charge.Field("expiry_time")) - transactionTime);
    }

    private static void AssertValidationError(ApiResponse response, string messageFragment)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("400", response.Field("status_code"));
        var messages = response.Body.GetProperty("validation_messages").EnumerateArray().Select(m => m.GetString()!);
        Assert.Contains(messages, m => m.Contains(messageFragment, StringComparison.Ordinal));
    }

    private static void AssertUnauthorized(ApiResponse response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("401", response.Field("status_code"));
        Assert.Equal("Unknown Merchant server_key/id", response.Field("status_message"));
        Assert.True(Guid.TryParse(response.Field("id"), out _));
    }

    private static DateTime WireTime(string value) =>
        DateTime.ParseExact(value, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
