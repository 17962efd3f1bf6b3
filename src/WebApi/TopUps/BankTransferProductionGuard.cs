using Microsoft.Extensions.Options;

namespace Cashless.WebApi.TopUps;

/// <summary>
/// Outside Development, refuses to start while bank-transfer top-ups would tell users to send their money to the
/// example account that ships in appsettings.json.
/// </summary>
public sealed class BankTransferProductionGuard(IHostEnvironment environment) : IValidateOptions<BankTransferOptions>
{
    public ValidateOptionsResult Validate(string? name, BankTransferOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return environment.IsDevelopment() || options.AccountNumber != new BankTransferOptions().AccountNumber
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{BankTransferOptions.Section} is the example account: bank-transfer top-ups "
                + "would send users' money nowhere. Set the community's real account (BankTransfer__Destination__Bank, "
                + "__AccountNumber, __AccountName).");
    }
}
