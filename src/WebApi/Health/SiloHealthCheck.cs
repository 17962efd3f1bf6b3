using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cashless.WebApi.Health;

/// <summary>Ready when this process's silo is an active member of the cluster.</summary>
public sealed class SiloHealthCheck(IClusterMembershipService membership, ILocalSiloDetails silo) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress);
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"silo is {status.ToString().ToLowerInvariant()}"));
    }
}
