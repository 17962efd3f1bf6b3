using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests.Hosting;

/// <summary>
/// At the settings the WebApi ships (its appsettings.json), a request or an outgoing HTTP call writes no Information
/// line; the application's own events still do.
/// </summary>
public sealed class ShippedLogLevelsTests
{
    [Theory]
    [InlineData("System.Net.Http.HttpClient.MidtransClient.LogicalHandler")]
    [InlineData("System.Net.Http.HttpClient.MidtransClient.ClientHandler")]
    [InlineData("Microsoft.AspNetCore.Hosting.Diagnostics")]
    [InlineData("Microsoft.AspNetCore.Routing.EndpointMiddleware")]
    [InlineData("Microsoft.AspNetCore.Http.Result.JsonResult")]
    [InlineData("Orleans.Runtime.Silo")]
    public void PerCallCategories_AreQuietBelowWarning(string category)
    {
        using var factory = ShippedLoggerFactory();

        Assert.False(factory.CreateLogger(category).IsEnabled(LogLevel.Information));
        Assert.True(factory.CreateLogger(category).IsEnabled(LogLevel.Warning));
    }

    [Fact]
    public void ApplicationEvents_StillLogAtInformation()
    {
        using var factory = ShippedLoggerFactory();

        Assert.True(factory.CreateLogger("Cashless.WebApi.Midtrans.MidtransReconciler").IsEnabled(LogLevel.Information));
    }

    private static ILoggerFactory ShippedLoggerFactory()
    {
        // The WebApi's appsettings.json, copied beside this test build from src/WebApi.
        var settings = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: false)
            .Build();
        return LoggerFactory.Create(logging => logging
            .AddConfiguration(settings.GetSection("Logging"))
            .AddProvider(new CapturedLogs()));
    }
}
