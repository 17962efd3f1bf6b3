using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Ledger;
using Cashless.Silo.Hosting;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Midtrans;

/// <summary>
/// Every Midtrans:ReconcileInterval (once for the whole cluster, however many fronts run it), asks the status API
/// about virtual-account top-ups still pending after Midtrans:ReconcileAfter and applies what it says, so that a payment
/// is credited (and an expiry closed) even when every notification was lost. Runs only with a server key. The grain
/// makes a pass that races a notification harmless. Passes never overlap (one at a time in this process, and a
/// cluster-wide turn with a lease across fronts), and each sends at most Midtrans:ReconcileMaxRequestsPerSecond status
/// calls per second.
/// </summary>
public sealed partial class MidtransReconciler(
    IServiceScopeFactory scopes,
    ICashlessStore store,
    IGrainFactory grains,
    IOptions<MidtransOptions> options,
    TimeProvider clock,
    ILogger<MidtransReconciler> logger) : BackgroundService
{
    private const string JobName = "midtrans-reconciliation";

    private readonly SemaphoreSlim _onePass = new(1, 1);

    /// <summary>Pending top-ups read from the store at a time; a pass walks all of them, oldest first.</summary>
    public const int BatchSize = 100;

    /// <summary>One pass over the pending top-ups; public so that tests (and operators' tools) can run one at will.</summary>
    public async Task<ReconcileSummary> ReconcileOnce(CancellationToken ct)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            return new ReconcileSummary(0, 0, 0);
        }

        await _onePass.WaitAsync(ct);
        try
        {
            return await Pass(settings, ct);
        }
        finally
        {
            _onePass.Release();
        }
    }

    private async Task<ReconcileSummary> Pass(MidtransOptions settings, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        using var scope = scopes.CreateScope();
        var midtrans = scope.ServiceProvider.GetRequiredService<MidtransClient>();
        var pacer = new RequestPacer(settings.ReconcileMaxRequestsPerSecond, clock);
        int @checked = 0, applied = 0, unavailable = 0;
        string? after = null;
        IReadOnlyList<TopUpRecord> pending;
        do
        {
            // Page by id so that top-ups still waiting for their customer never hide the ones behind them.
            pending = await store.ListPendingVirtualAccountTopUpsAsync(now - settings.ReconcileAfter, after, BatchSize, ct);
            @checked += pending.Count;
            var (batchApplied, batchUnavailable) = await ReconcileBatch(midtrans, pacer, pending, now, ct);
            applied += batchApplied;
            unavailable += batchUnavailable;
            after = pending.Count > 0 ? pending[^1].Id : null;
        }
        while (pending.Count == BatchSize);

        return new ReconcileSummary(@checked, applied, unavailable);
    }

    private async Task<(int Applied, int Unavailable)> ReconcileBatch(
        MidtransClient midtrans, RequestPacer pacer, IReadOnlyList<TopUpRecord> pending, DateTimeOffset now, CancellationToken ct)
    {
        int applied = 0, unavailable = 0;
        foreach (var topUp in pending)
        {
            await pacer.WaitTurnAsync(ct);
            try
            {
                if (await ReportFor(midtrans, topUp, now, ct) is { State: not (GatewayState.Pending or GatewayState.Other) } report)
                {
                    await grains.Reference<ITopUpGrain>(topUp.Id).ApplyGatewayReport(report);
                    applied++;
                }
            }
            catch (MidtransUnavailableException failure)
            {
                unavailable++;
                LogUnavailable(logger, topUp.Id, failure.Message);
            }
            catch (Exception failure) when (!ct.IsCancellationRequested)
            {
                // One top-up that cannot be applied (say, its account grain fails) must not stop the ones behind it.
                unavailable++;
                LogTopUpFailed(logger, topUp.Id, failure);
            }
        }

        return (applied, unavailable);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsConfigured)
        {
            return;
        }

        var (interval, lease) = (options.Value.ReconcileInterval, options.Value.ReconcileMaxPassDuration);
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                // Every front runs this timer; one pass per interval for the whole cluster is enough.
                await ClusterJob.RunIfOurTurnAsync(grains, JobName, interval, lease, async ct =>
                {
                    var summary = await ReconcileOnce(ct);
                    if (summary.Checked > 0)
                    {
                        LogPass(logger, summary.Checked, summary.Applied, summary.Unavailable);
                    }
                }, stoppingToken);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                // The next tick tries again; a pass only reads and applies idempotent reports.
                LogPassFailed(logger, failure);
            }
        }
    }

    /// <summary>
    /// The gateway's status as a report; null while there is nothing to apply. An order the gateway does not know
    /// (the charge never reached it) can no longer be paid once its expiry has passed, so it is closed as expired.
    /// </summary>
    private async Task<GatewayReport?> ReportFor(MidtransClient midtrans, TopUpRecord topUp, DateTimeOffset now, CancellationToken ct)
    {
        var status = await midtrans.GetStatus(topUp.Id, ct);
        if (status is not null)
        {
            if (status.TransactionStatus == "pending" && topUp.VirtualAccount is { VaNumber: null, BillKey: null } asked)
            {
                // The charge was created although its answer never came: show the customer what to pay to.
                await grains.Reference<ITopUpGrain>(topUp.Id).RecordCharge(midtrans.DetailsOf(status, asked.Bank));
            }

            return MidtransStates.Report(status);
        }

        var expiresAt = topUp.VirtualAccount?.ExpiresAt ?? topUp.CreatedAt + options.Value.VirtualAccountExpiry;
        return now >= expiresAt ? new GatewayReport(GatewayState.Expired, MidtransStates.Unmatchable, "not found at the gateway after expiry") : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Midtrans reconciliation: {Checked} pending top-ups checked, {Applied} statuses applied, {Unavailable} unavailable")]
    private static partial void LogPass(ILogger logger, int @checked, int applied, int unavailable);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Midtrans reconciliation could not check top-up {TopUpId}: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string topUpId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Midtrans reconciliation could not apply the status of top-up {TopUpId}; the next pass retries")]
    private static partial void LogTopUpFailed(ILogger logger, string topUpId, Exception failure);

    [LoggerMessage(Level = LogLevel.Error, Message = "Midtrans reconciliation pass failed; the next one retries")]
    private static partial void LogPassFailed(ILogger logger, Exception failure);
}
