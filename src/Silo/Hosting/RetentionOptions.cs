namespace Cashless.Silo.Hosting;

/// <summary>The "Retention" section: how often old idempotency answers and revoked tokens are deleted.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>One pass per interval for the whole cluster, whichever silo ticks first.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// A revoked token is kept this long past its expiry: beyond the 30 s of clock skew a token is accepted with, it
    /// is refused as expired anyway.
    /// </summary>
    public TimeSpan RevokedTokenGrace { get; set; } = TimeSpan.FromMinutes(5);
}
