namespace Cashless.Grains.Interfaces.Jobs;

/// <summary>
/// One periodic job of the whole cluster (the key names it): every front silo runs the job's timer, and each tick asks
/// here first, so that one pass runs per interval however many fronts there are.
/// </summary>
[Alias("Cashless.IPeriodicJobGrain")]
public interface IPeriodicJobGrain : IGrainWithStringKey
{
    /// <summary>True when no pass was claimed within most of <paramref name="interval"/>: the caller runs this one.</summary>
    [Alias("TryClaim")]
    Task<bool> TryClaim(TimeSpan interval);
}
