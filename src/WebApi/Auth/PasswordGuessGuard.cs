using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Sessions;
using Microsoft.AspNetCore.Identity;

namespace Cashless.WebApi.Auth;

/// <summary>
/// Runs one password check under the e-mail's throttle: admitted first (counted while it runs), then ended with its
/// verdict. A check that never reached a verdict (client gone, hashing queue full) counts as nothing.
/// </summary>
public sealed class PasswordGuessGuard(IGrainFactory grains)
{
    public async Task<GuardedCheck> CheckAsync(string email, HttpContext http, Func<Task<PasswordVerificationResult>> verify)
    {
        ArgumentNullException.ThrowIfNull(verify);
        var throttle = grains.Reference<ILoginThrottleGrain>(email);
        var address = ClientAddress.Of(http);
        if (await throttle.TryBegin(address) is { } wait)
        {
            return new GuardedCheck(wait, PasswordVerificationResult.Failed);
        }

        var result = LoginAttemptResult.NotJudged;
        try
        {
            var verdict = await verify();
            result = verdict == PasswordVerificationResult.Failed ? LoginAttemptResult.Failed : LoginAttemptResult.Succeeded;
            return new GuardedCheck(null, verdict);
        }
        finally
        {
            await throttle.Finish(address, result);
        }
    }
}

/// <summary>A throttled check: how long to wait (nothing was judged), or the verdict.</summary>
public sealed record GuardedCheck(TimeSpan? RetryAfter, PasswordVerificationResult Verdict);
