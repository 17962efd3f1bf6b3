namespace Cashless.Grains.Interfaces.Jobs;

/// <summary>
/// One periodic job of the whole cluster (the key names it): every silo that runs the job's timer asks here first on
/// each tick, so that one pass runs per interval however many silos there are, and never two at once.
/// </summary>
[Alias("Cashless.IPeriodicJobGrain")]
public interface IPeriodicJobGrain : IGrainWithStringKey
{
    /// <summary>
    /// True when no pass is running and none was claimed within most of <paramref name="interval"/>: the caller runs
    /// this one, within <paramref name="lease"/>, and calls <see cref="Finish"/>. A pass not finished within its lease
    /// (its silo died) no longer holds the job.
    /// </summary>
    [Alias("TryClaim")]
    Task<bool> TryClaim(TimeSpan interval, TimeSpan lease);

    /// <summary>The running pass is over; the next may be claimed once its interval has passed.</summary>
    [Alias("Finish")]
    Task Finish();
}
