using Cashless.Silo.Storage.Sqlite;
using Microsoft.Extensions.Hosting;

namespace Cashless.Silo.Backups;

/// <summary>
/// Holds the store's <see cref="SqliteStoreLock"/> for the life of the server, so that a restore refuses to run under
/// it. Taken when the host builds its services (before the store initializer, which is registered after it), given
/// back when the container is disposed, after the store.
/// </summary>
internal sealed class SqliteStoreLockService(string databasePath) : IHostedService, IDisposable
{
    private readonly SqliteStoreLock _lock = SqliteStoreLock.Acquire(databasePath);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _lock.Dispose();
}
