using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Midtrans;

/// <summary>Refuses to start with settings the gateway client cannot work with, naming the key to fix.</summary>
public sealed class MidtransOptionsValidator : IValidateOptions<MidtransOptions>
{
    public ValidateOptionsResult Validate(string? name, MidtransOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.BaseUrl is not { IsAbsoluteUri: true } || options.BaseUrl.Scheme is not ("http" or "https"))
        {
            failures.Add("Midtrans:BaseUrl must be an absolute http(s) URL such as https://api.sandbox.midtrans.com.");
        }

        Positive(failures, options.RequestTimeout, "RequestTimeout");
        if (options.VirtualAccountExpiry < TimeSpan.FromMinutes(1))
        {
            failures.Add("Midtrans:VirtualAccountExpiry must be at least 00:01:00 (Midtrans counts custom expiry in minutes).");
        }

        Positive(failures, options.ReconcileInterval, "ReconcileInterval");
        Positive(failures, options.ReconcileMaxPassDuration, "ReconcileMaxPassDuration");
        if (!(options.ReconcileMaxRequestsPerSecond > 0))
        {
            failures.Add("Midtrans:ReconcileMaxRequestsPerSecond must be more than zero.");
        }

        if (options.ReconcileAfter < TimeSpan.Zero)
        {
            failures.Add("Midtrans:ReconcileAfter must not be negative.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, TimeSpan value, string key)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"Midtrans:{key} must be a duration above zero, such as 00:00:10.");
        }
    }
}
