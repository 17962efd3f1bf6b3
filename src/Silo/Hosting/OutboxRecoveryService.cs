using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cashless.Silo.Hosting;

/// <summary>
/// Finds payments left in flight (a crash between the payer's debit and the payee's credit) and asks each payer
/// to deliver them again, so money reaches the payee, or comes back to the payer, even if the payer is never used again.
/// Every silo runs the timer; one pass per interval runs for the whole cluster (<see cref="ClusterJob"/>).
/// </summary>
internal sealed partial class OutboxRecoveryService(
    ILedgerStore store,
    IGrainFactory grains,
    IClusterMembershipService membership,
    ILocalSiloDetails silo,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<OutboxRecoveryService> logger) : BackgroundService
{
    private const int BatchSize = 500;
    private const string JobName = "outbox-recovery";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RecoveryInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                // Until this silo is an active member, no grain call can be placed: starting silos skip their turn.
                if (membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress) == SiloStatus.Active)
                {
                    await TickAsync(stoppingToken);
                }
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                LogRecoveryFailed(failure);
            }
        }
    }

    /// <summary>One tick of the timer: a pass if it is this silo's turn; true when it ran.</summary>
    public Task<bool> TickAsync(CancellationToken ct) => ClusterJob.RunIfOurTurnAsync(
        grains, JobName, options.Value.RecoveryInterval, options.Value.MaxPassDuration, RecoverOnce, ct);

    public async Task<int> RecoverOnce(CancellationToken ct)
    {
        var stuck = await store.ListInFlightPaymentsAsync(null, clock.GetUtcNow() - options.Value.MinimumAge, BatchSize, ct);
        var payers = stuck.Select(p => p.From).Distinct();
        var recovered = await Task.WhenAll(payers.Select(payer => grains.Reference<IAccountGrain>(payer).RecoverOutbox()));
        return recovered.Sum();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox recovery pass failed; it runs again at the next interval")]
    private partial void LogRecoveryFailed(Exception failure);
}
