using Cashless.Grains.Ledger;
using Microsoft.Extensions.Hosting;

namespace Cashless.Silo.Hosting;

/// <summary>Creates or migrates the schema before the silo starts (it is registered before Orleans).</summary>
internal sealed class StoreInitializer(ICashlessStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
