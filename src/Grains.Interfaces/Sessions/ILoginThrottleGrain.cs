namespace Cashless.Grains.Interfaces.Sessions;

/// <summary>
/// Limits password guesses for one e-mail address (the key, lower-cased) across the whole cluster, per client address.
/// A check is admitted before its hash is computed and counted while it runs, so parallel guesses cannot all be judged.
/// </summary>
[Alias("Cashless.ILoginThrottleGrain")]
public interface ILoginThrottleGrain : IGrainWithStringKey
{
    /// <summary>
    /// The one "may I try" step: null admits the attempt and counts it in flight until <see cref="Finish"/>; otherwise how
    /// long this client address must wait.
    /// </summary>
    [Alias("TryBegin")]
    Task<TimeSpan?> TryBegin(string clientAddress);

    [Alias("Finish")]
    Task Finish(string clientAddress, LoginAttemptResult result);
}
