using Microsoft.Extensions.Options;

namespace Cashless.WebApi.TopUps;

/// <summary>
/// Warns at start-up, outside Development, while bank-transfer top-ups would still tell users to send their money to
/// the example account that ships in appsettings.json.
/// </summary>
public sealed partial class BankTransferDestinationCheck(
    IOptions<BankTransferOptions> destination, IHostEnvironment environment, ILogger<BankTransferDestinationCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment() && destination.Value.AccountNumber == new BankTransferOptions().AccountNumber)
        {
            LogExampleDestination(logger, BankTransferOptions.Section);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "{Section} is the example account: bank-transfer top-ups would send users' money nowhere. Set the community's real account.")]
    private static partial void LogExampleDestination(ILogger logger, string section);
}
