using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Jobs;

namespace Cashless.Silo.Hosting;

/// <summary>
/// Runs a periodic pass only when it is this silo's turn for the whole cluster (<see cref="IPeriodicJobGrain"/>), and
/// stops it when its lease ends, so that two passes never run at once even if one is slow.
/// </summary>
public static class ClusterJob
{
    /// <summary>True when the pass ran (to its end, or to its lease); false when another silo has this turn.</summary>
    public static async Task<bool> RunIfOurTurnAsync(
        IGrainFactory grains, string job, TimeSpan interval, TimeSpan lease, Func<CancellationToken, Task> pass, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(pass);
        var turn = grains.Reference<IPeriodicJobGrain>(job);
        if (!await turn.TryClaim(interval, lease))
        {
            return false;
        }

        try
        {
            using var leased = CancellationTokenSource.CreateLinkedTokenSource(ct);
            leased.CancelAfter(lease);
            await pass(leased.Token);
        }
        finally
        {
            await turn.Finish();
        }

        return true;
    }
}
