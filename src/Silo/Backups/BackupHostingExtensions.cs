using Cashless.Silo.Storage.Sqlite;
using Cashless.Silo.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cashless.Silo.Backups;

public static class BackupHostingExtensions
{
    /// <summary>The SQLite store's connection string ("ConnectionStrings:Sqlite", by default a file under data/).</summary>
    /// <summary>
    /// The server's hold on a SQLite store (its lock file), online backups and their schedule. Registered before the
    /// store's services, so the lock is taken before the store opens.
    /// </summary>
    public static IServiceCollection AddCashlessBackups(this IServiceCollection services, IConfiguration configuration)
    {
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var sqlite = storage.Provider == StorageProvider.Sqlite ? SqliteDataSource.ConnectionString(configuration) : null;
        if (sqlite is not null)
        {
            services.AddHostedService(_ => new SqliteStoreLockService(SqliteStoreLock.DatabasePath(sqlite)));
        }

        services.AddOptions<BackupOptions>().BindConfiguration(BackupOptions.Section);
        services.AddSingleton(sp => new StoreBackups(
            sqlite, sp.GetRequiredService<IOptions<BackupOptions>>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<StoreBackups>>()));
        services.AddHostedService<BackupScheduler>();
        return services;
    }
}
