using Cashless.WebApi.Tests.Infrastructure;
using Cashless.WebApi.TopUps;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Tests;

public sealed class BankTransferDestinationCheckTests
{
    [Theory]
    [InlineData("Production", "0000000000", true)]
    [InlineData("Production", "1234567890", false)]
    [InlineData("Development", "0000000000", false)]
    public async Task Start_ExampleAccountOutsideDevelopment_Warns(string environment, string accountNumber, bool warns)
    {
        var logs = new CapturedLogs();
        using var loggers = LoggerFactory.Create(builder => builder.AddProvider(logs));
        var check = new BankTransferDestinationCheck(
            Options.Create(new BankTransferOptions { AccountNumber = accountNumber }),
            new Environment(environment),
            loggers.CreateLogger<BankTransferDestinationCheck>());

        await check.StartAsync(CancellationToken.None);

        Assert.Equal(warns, logs.Lines.Any(line => line.Level == LogLevel.Warning && line.Message.Contains("example account", StringComparison.Ordinal)));
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Cashless.WebApi";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
