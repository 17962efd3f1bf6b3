using Cashless.Grains.Ledger;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cashless.WebApi.Health;

/// <summary>Ready when the store answers a read.</summary>
public sealed class StoreHealthCheck(IUserStore users) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await users.GetUserAsync("usr_00000000000000000000000000000000", cancellationToken);
        return HealthCheckResult.Healthy();
    }
}
