using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

/// <summary>
/// Outside Development the signing key is required and at least 32 bytes, and the report time zone must exist;
/// start-up says so plainly.
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

    [Fact]
    public async Task Start_UnknownReportTimeZone_FailsWithClearMessage()
    {
        await using var factory = new CashlessApiFactory(new Dictionary<string, string> { ["Reports:TimeZone"] = "Asia/Jakarta-Typo" });

        var exception = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(exception);
        Assert.Contains("Reports:TimeZone 'Asia/Jakarta-Typo'", string.Join(" | ", Flatten(exception).Select(e => e.Message)), StringComparison.Ordinal);
    }

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
