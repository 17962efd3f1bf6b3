namespace Cashless.Silo.Hosting;

/// <summary>The "Outbox" section: how often payments left in flight are looked for, and how old they must be.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    public TimeSpan RecoveryInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Younger in-flight payments are most likely still being delivered by their own request.</summary>
    public TimeSpan MinimumAge { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A pass still running after this is stopped, so that the next silo's turn never overlaps it.</summary>
    public TimeSpan MaxPassDuration { get; set; } = TimeSpan.FromSeconds(30);
}
