using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Midtrans;

/// <summary>
/// Outside Development, refuses to start a configured gateway that could mint money: Midtrans' sandbox (its URL or an
/// <c>SB-</c> key, where the public simulator pays any virtual account), plain http, or notifications trusted without the
/// status API. Each has an explicit opt-in for tests and trials; an unconfigured gateway (no server key) is never called.
/// </summary>
public sealed class MidtransProductionGuard(IHostEnvironment environment) : IValidateOptions<MidtransOptions>
{
    public const string SandboxHost = "api.sandbox.midtrans.com";

    public ValidateOptionsResult Validate(string? name, MidtransOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (environment.IsDevelopment() || !options.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!options.AllowSandbox)
        {
            if (string.Equals(options.BaseUrl.Host, SandboxHost, StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"Midtrans:BaseUrl is the sandbox ({SandboxHost}), where anyone can pay a virtual account with the "
                    + "public simulator: set https://api.midtrans.com, or Midtrans:AllowSandbox=true for a trial.");
            }

            if (options.ServerKey!.StartsWith("SB-", StringComparison.Ordinal))
            {
                failures.Add("Midtrans:ServerKey is a sandbox key (SB-…): set the production key, or Midtrans:AllowSandbox=true for a trial.");
            }

            if (!options.VerifyStatus)
            {
                failures.Add("Midtrans:VerifyStatus=false trusts an unsigned transaction_status: it may only be off with Midtrans:AllowSandbox=true.");
            }
        }

        if (options.BaseUrl.Scheme != Uri.UriSchemeHttps && !options.AllowInsecureHttp)
        {
            failures.Add("Midtrans:BaseUrl is not https: the server key would cross the network in clear. Use https, or "
                + "Midtrans:AllowInsecureHttp=true for an emulator.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
