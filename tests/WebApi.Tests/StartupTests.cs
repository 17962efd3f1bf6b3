using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

/// <summary>
/// Outside Development the signing key is required and at least 32 bytes, the gateway must be the real one over https
/// with status checks, bank transfers must name a real account, and the report time zone must exist; start-up says so
/// plainly.
/// </summary>
public sealed class StartupTests
{
    [Theory]
    [InlineData("")]
    [InlineData("only-31-bytes-long-secret-key!!")]
    public async Task Start_ProductionWithoutUsableSigningKey_FailsWithClearMessage(string key)
    {
        await using var factory = new CashlessApiFactory(new Dictionary<string, string> { ["Jwt:SigningKey"] = key }, "Production");

        var exception = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(exception);
        var messages = string.Join(" | ", Flatten(exception).Select(e => e.Message));
        Assert.Contains("Jwt:SigningKey", messages, StringComparison.Ordinal);
        Assert.Contains("32 bytes", messages, StringComparison.Ordinal);
    }

    /// <summary>A configured gateway that production would refuse, one setting at a time.</summary>
    public static TheoryData<string, string, string> UnsafeProductionSettings => new()
    {
        { "Midtrans:BaseUrl", "https://api.sandbox.midtrans.com", "Midtrans:BaseUrl is the sandbox" },
        { "Midtrans:ServerKey", "SB-Mid-server-abc", "Midtrans:ServerKey is a sandbox key" },
        { "Midtrans:BaseUrl", "http://api.midtrans.com", "Midtrans:BaseUrl is not https" },
        { "Midtrans:VerifyStatus", "false", "Midtrans:VerifyStatus=false" },
        { "BankTransfer:Destination:AccountNumber", "0000000000", "BankTransfer:Destination is the example account" },
    };

    [Theory]
    [MemberData(nameof(UnsafeProductionSettings))]
    public async Task Start_ProductionWithUnsafeMoneySetting_FailsWithClearMessage(string key, string value, string message)
    {
        var settings = SafeProductionGateway();
        settings[key] = value;
        await using var factory = new CashlessApiFactory(settings, "Production");

        var exception = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(exception);
        Assert.Contains(message, string.Join(" | ", Flatten(exception).Select(e => e.Message)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProductionWithSandboxOptIns_Starts()
    {
        var settings = SafeProductionGateway();
        settings["Midtrans:BaseUrl"] = "http://127.0.0.1:9";
        settings["Midtrans:ServerKey"] = "SB-Mid-server-abc";
        settings["Midtrans:VerifyStatus"] = "false";
        settings["Midtrans:AllowSandbox"] = "true";
        settings["Midtrans:AllowInsecureHttp"] = "true";
        await using var factory = new CashlessApiFactory(settings, "Production");

        using var response = await factory.CreateClient().GetAsync("/health/live");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Start_DevelopmentWithSandboxAndExampleAccount_Starts()
    {
        await using var factory = new CashlessApiFactory(new Dictionary<string, string>
        {
            ["Midtrans:ServerKey"] = "SB-Mid-server-abc",
            ["Midtrans:BaseUrl"] = "http://127.0.0.1:9",
            ["BankTransfer:Destination:AccountNumber"] = "0000000000",
        }, "Development");

        using var response = await factory.CreateClient().GetAsync("/health/live");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Start_UnknownReportTimeZone_FailsWithClearMessage()
    {
        await using var factory = new CashlessApiFactory(new Dictionary<string, string> { ["Reports:TimeZone"] = "Asia/Jakarta-Typo" });

        var exception = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(exception);
        Assert.Contains("Reports:TimeZone 'Asia/Jakarta-Typo'", string.Join(" | ", Flatten(exception).Select(e => e.Message)), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> SafeProductionGateway() => new()
    {
        ["Midtrans:ServerKey"] = "Mid-server-production-key",
        ["Midtrans:BaseUrl"] = "https://api.midtrans.com",
    };

    private static IEnumerable<Exception> Flatten(Exception exception)
    {
        yield return exception;
        IEnumerable<Exception?> inner = exception is AggregateException aggregate
            ? aggregate.InnerExceptions
            : new[] { exception.InnerException };
        foreach (var child in inner.OfType<Exception>().SelectMany(Flatten))
        {
            yield return child;
        }
    }
}
