namespace Cashless.Grains.Interfaces.Sessions;

/// <summary>Counts failed logins for one e-mail address (the key, lower-cased) across the whole cluster.</summary>
[Alias("Cashless.ILoginThrottleGrain")]
public interface ILoginThrottleGrain : IGrainWithStringKey
{
    /// <summary>How long the caller must wait before trying again, or null when a try is allowed now.</summary>
    [Alias("RetryAfter")]
    Task<TimeSpan?> RetryAfter();

    [Alias("RecordFailure")]
    Task RecordFailure();

    [Alias("RecordSuccess")]
    Task RecordSuccess();
}
