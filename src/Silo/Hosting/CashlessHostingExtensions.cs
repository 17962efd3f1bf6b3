using Cashless.Grains.Accounts;
using Cashless.Grains.CashDesk;
using Cashless.Grains.Common;
using Cashless.Grains.Idempotency;
using Cashless.Silo.Backups;
using Cashless.Grains.Ledger;
using Cashless.Grains.Notifications;
using Cashless.Silo.Storage.Sqlite;
using Cashless.Silo.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Orleans.Dashboard;

namespace Cashless.Silo.Hosting;

public static class CashlessHostingExtensions
{
    /// <summary>
    /// Everything a Cashless silo needs: options, the store adapter chosen by configuration (schema created at
    /// start), Orleans with the configured clustering, the outbox recovery loop, metrics and the dashboard's silo
    /// side. Used by both executables. A cluster configuration that cannot work fails here, before anything starts.
    /// </summary>
    public static IHostApplicationBuilder AddCashless(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var cluster = ClusterSettings.From(builder.Configuration);
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        ClusterHosting.Validate(cluster, storage.Provider, builder.Configuration);
        if (storage.Provider == StorageProvider.Sqlite)
        {
            var sqlite = SqliteDataSource.ConnectionString(builder.Configuration);
            builder.Configuration.AddInMemoryCollection(
                [new(SqliteDataSource.ConfigurationKey, SqliteDataSource.Anchored(sqlite, builder.Environment.ContentRootPath))]);
        }

        // Services first: the schema initializer must be registered (and so started) before Orleans; the store's lock
        // and backups before it, so that the lock is held before the store opens.
        builder.Services.AddCashlessBackups(builder.Configuration);
        builder.Services.AddCashlessServices(builder.Configuration);

        // The web host (registered last, so stopped first) answers the requests in progress; then the silo leaves
        // gracefully: its grains deactivate and the others learn of it at once, with no failure detection needed.
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = cluster.ShutdownTimeout);
        var dashboard = builder.Configuration.GetValue(DashboardEnabledKey, true);
        builder.UseOrleans(silo =>
        {
            silo.UseCashlessClustering(cluster, builder.Configuration);
            if (dashboard)
            {
                // Every silo reports to the dashboard; only the front silo serves it, to admins. Its live log stream
                // is off: logs go to the console (and the log collector) only.
                silo.AddDashboard(options => options.HideTrace = true);
            }
        });
        builder.AddCashlessTelemetry();
        return builder;
    }

    /// <summary>"Dashboard:Enabled" (default true): the Orleans Dashboard's silo side, and on front silos its pages.</summary>
    public const string DashboardEnabledKey = "Dashboard:Enabled";

    /// <summary>The services grains depend on, without Orleans itself (test clusters configure Orleans their own way).</summary>
    public static IServiceCollection AddCashlessServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SchoolDayOptions>().BindConfiguration(SchoolDayOptions.Section);
        services.AddOptions<TillOptions>().BindConfiguration(TillOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CashDeskOptions>().BindConfiguration(CashDeskOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section);
        services.AddOptions<IdempotencyOptions>().BindConfiguration(IdempotencyOptions.Section)
            .Validate(o => o.Lease > TimeSpan.Zero && o.Retention > o.Lease, "Idempotency:Lease must be above zero and Idempotency:Retention longer than it.")
            .ValidateOnStart();
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section)
            .Validate(o => o.Interval > TimeSpan.Zero && o.RevokedTokenGrace >= TimeSpan.FromSeconds(30),
                "Retention:Interval must be above zero and Retention:RevokedTokenGrace at least 00:00:30 (the tokens' clock skew).")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IIdGenerator, UuidV7IdGenerator>();
        services.TryAddSingleton<IFaultInjector, NoFaults>();
        services.TryAddSingleton<Notices>();
        services.AddAccountGrainServices();
        services.AddCashlessStore(configuration);
        services.AddHostedService<StoreInitializer>();
        services.AddSingleton<OutboxRecoveryService>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxRecoveryService>());
        services.AddSingleton<RetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionService>());
        return services;
    }

    private static void AddCashlessStore(this IServiceCollection services, IConfiguration configuration)
    {
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var connectionString = storage.Provider switch
        {
            StorageProvider.Sqlite => SqliteDataSource.ConnectionString(configuration),
            StorageProvider.Postgres => configuration.GetConnectionString("Postgres")
                ?? throw new InvalidOperationException("Storage:Provider 'Postgres' needs ConnectionStrings:Postgres"),
            StorageProvider.Mongo => configuration.GetConnectionString("Mongo")
                ?? throw new InvalidOperationException("Storage:Provider 'Mongo' needs ConnectionStrings:Mongo (a replica set)"),
            _ => throw new InvalidOperationException($"Storage:Provider '{storage.Provider}' is not supported"),
        };
        services.AddSingleton<ICashlessStore>(_ => storage.Provider switch
        {
            StorageProvider.Postgres => new Storage.Postgres.PostgresCashlessStore(connectionString, storage.MaxQueuedWrites),
            // The database is the one the connection string names, else "cashless".
            StorageProvider.Mongo => new Storage.Mongo.MongoCashlessStore(connectionString),
            _ => new SqliteCashlessStore(connectionString, storage.MaxQueuedWrites),
        });
        services.AddSingleton<IUserStore>(sp => sp.GetRequiredService<ICashlessStore>());
        services.AddSingleton<ILedgerStore>(sp => sp.GetRequiredService<ICashlessStore>());
        services.AddSingleton<ISessionStore>(sp => sp.GetRequiredService<ICashlessStore>());
        services.AddSingleton<IIdempotencyStore>(sp => sp.GetRequiredService<ICashlessStore>());
        services.AddSingleton<INotificationStore>(sp => sp.GetRequiredService<ICashlessStore>());
        services.AddSingleton<IReportStore>(sp => sp.GetRequiredService<ICashlessStore>());
        services.AddSingleton<ITillStore>(sp => sp.GetRequiredService<ICashlessStore>());
        services.AddSingleton<IExportStore>(sp => sp.GetRequiredService<ICashlessStore>());
        services.AddSingleton<IFamilyStore>(sp => sp.GetRequiredService<ICashlessStore>());
    }
}
