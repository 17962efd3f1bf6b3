using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Cashless.Silo.Backups;

/// <summary>Takes a backup every <see cref="BackupOptions.Interval"/> while the server runs (nothing when unset or not SQLite).</summary>
internal sealed class BackupScheduler(StoreBackups backups, IOptions<BackupOptions> options, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Interval is not { } interval || !backups.Supported)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await backups.TakeAsync();
        }
    }
}
