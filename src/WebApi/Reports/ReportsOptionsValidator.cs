using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Reports;

/// <summary>Refuses to start with a time zone this machine does not know (a typo, or no tz database in the image).</summary>
public sealed class ReportsOptionsValidator : IValidateOptions<ReportsOptions>
{
    public ValidateOptionsResult Validate(string? name, ReportsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return !string.IsNullOrWhiteSpace(options.TimeZone) && TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Reports:TimeZone '{options.TimeZone}' is not a time zone of this machine; use an IANA id such as Asia/Jakarta.");
    }
}
