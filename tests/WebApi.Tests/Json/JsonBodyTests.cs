using Cashless.Grains.Common;
using Cashless.WebApi.Contracts;
using Cashless.WebApi.Json;

namespace Cashless.WebApi.Tests.Json;

public sealed class JsonBodyTests
{
    private static readonly LimitsOptions Limits = new() { MaxTransactionAmount = 10_000_000 };

    [Theory]
    [InlineData("1", 1L)]
    [InlineData("10000000", 10_000_000L)]
    [InlineData("250000", 250_000L)]
    public void Read_IntegerAmountInRange_IsAccepted(string amount, long expected)
    {
        var body = Read($$"""{"to":"usr_a","amount":{{amount}}}""");

        Assert.Null(body.Problem);
        Assert.Equal(expected, body.Value.Amount);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("10000001")]
    [InlineData("1.5")]
    [InlineData("1.0")]
    [InlineData("1e3")]
    [InlineData("1E+3")]
    [InlineData("-0")]
    [InlineData("\"5\"")]
    [InlineData("9223372036854775808")]
    [InlineData("null")]
    [InlineData("false")]
    public void Read_AmountNotAnIntegerInRange_IsAFieldError(string amount)
    {
        var body = Read($$"""{"to":"usr_a","amount":{{amount}}}""");

        Assert.Equal(400, body.Problem?.Status);
        Assert.Equal("validation_failed", body.Problem?.Extensions["code"]);
        var errors = Assert.IsType<IDictionary<string, string[]>>(body.Problem?.Extensions["errors"], exactMatch: false);
        Assert.True(errors.ContainsKey("amount"));
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("""{"amount":1,"amount":2,"to":"usr_a"}""")]
    [InlineData("""{"to":"usr_a","amount":1} // comment""")]
    [InlineData("""{"to":"usr_a","amount":1,}""")]
    public void Read_NotOneWellFormedObject_IsMalformedJson(string json)
    {
        var body = Read(json);

        Assert.Equal("malformed_json", body.Problem?.Extensions["code"]);
    }

    [Theory]
    [InlineData("""{"to":"\ud800","amount":5}""")]
    [InlineData("""{"to":"usr_\udc00x","amount":5}""")]
    public void Read_StringWithLoneSurrogate_IsAnErrorNotACrash(string json)
    {
        var body = Read(json);

        Assert.Equal(400, body.Problem?.Status);
    }

    [Fact]
    public void Read_NestedTooDeep_IsMalformedJson()
    {
        var body = Read("""{"to":"usr_a","amount":5,"x":""" + new string('[', 100) + new string(']', 100) + "}");

        Assert.Equal("malformed_json", body.Problem?.Extensions["code"]);
    }

    [Fact]
    public void Read_UnknownFields_AreIgnored()
    {
        var body = Read("""{"to":"usr_a","amount":5,"tip":"x"}""");

        Assert.Null(body.Problem);
    }

    [Fact]
    public void Value_OfFailedBody_Throws()
    {
        var body = Read("{}");

        Assert.Throws<InvalidOperationException>(() => body.Value);
    }

    private static JsonBody<PaymentRequest> Read(string json) =>
        JsonBody<PaymentRequest>.Read(System.Text.Encoding.UTF8.GetBytes(json), Limits);
}
