using Cashless.Grains.Common;
using Cashless.Grains.Ledger;
using Cashless.Grains.Notifications;
using Cashless.Silo.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Cashless.Silo.Hosting;

public static class CashlessHostingExtensions
{
    /// <summary>
    /// Everything a Cashless silo needs: options, the store adapter chosen by configuration (schema created at
    /// start), Orleans with the configured clustering, and the outbox recovery loop. Used by both executables.
    /// </summary>
    public static IHostApplicationBuilder AddCashless(this IHostApplicationBuilder builder)
    {
        // Services first: the schema initializer must be registered (and so started) before Orleans.
        builder.Services.AddCashlessServices(builder.Configuration);
        var cluster = builder.Configuration.GetSection(ClusterSettings.Section).Get<ClusterSettings>() ?? new ClusterSettings();
        builder.UseOrleans(silo => silo.UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort, null, cluster.ServiceId, cluster.ClusterId));
        return builder;
    }

    /// <summary>The services grains depend on, without Orleans itself (test clusters configure Orleans their own way).</summary>
    public static IServiceCollection AddCashlessServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IIdGenerator, UuidV7IdGenerator>();
        services.TryAddSingleton<IFaultInjector, NoFaults>();
        services.TryAddSingleton<Notices>();
        services.AddCashlessStore(configuration);
        services.AddHostedService<StoreInitializer>();
        services.AddSingleton<OutboxRecoveryService>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxRecoveryService>());
        return services;
    }

    private static void AddCashlessStore(this IServiceCollection services, IConfiguration configuration)
    {
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var connectionString = storage.Provider switch
        {
            StorageProvider.Sqlite => configuration.GetConnectionString("Sqlite") ?? "Data Source=data/cashless.db",
            StorageProvider.Postgres => configuration.GetConnectionString("Postgres")
                ?? throw new InvalidOperationException("Storage:Provider 'Postgres' needs ConnectionStrings:Postgres"),
            _ => throw new InvalidOperationException($"Storage:Provider '{storage.Provider}' is not supported"),
        };
        services.AddSingleton<ICashlessStore>(_ => storage.Provider == StorageProvider.Postgres
            ? new Storage.Postgres.PostgresCashlessStore(connectionString)
            : new SqliteCashlessStore(connectionString));
        services.AddSingleton<IUserStore>(sp => sp.GetRequiredService<ICashlessStore>());
        services.AddSingleton<ILedgerStore>(sp => sp.GetRequiredService<ICashlessStore>());
        services.AddSingleton<ISessionStore>(sp => sp.GetRequiredService<ICashlessStore>());
        services.AddSingleton<IIdempotencyStore>(sp => sp.GetRequiredService<ICashlessStore>());
    }
}
