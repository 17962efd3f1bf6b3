namespace Cashless.MidtransEmulator.Transactions;

/// <summary>Checks once a second for pending transactions past their expiry_time.</summary>
internal sealed class ExpirySweeper(TransactionLifecycle lifecycle) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                lifecycle.ExpireOverdue();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }
}
