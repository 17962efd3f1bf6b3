using Cashless.Grains.Ledger;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cashless.Silo.Hosting;

/// <summary>
/// The standalone silo's probes (the front silo has its own, with the API's JSON): live = the process answers;
/// ready = this silo is Active in the cluster's membership and the store answers a read (503 otherwise).
/// </summary>
public static class SiloProbes
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddSiloProbes(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<MembershipCheck>("silo", tags: [ReadyTag])
            .AddCheck<StoreCheck>("store", tags: [ReadyTag], timeout: TimeSpan.FromSeconds(5));
        return services;
    }

    public static IEndpointRouteBuilder MapSiloProbes(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }

    private sealed class MembershipCheck(IClusterMembershipService membership, ILocalSiloDetails silo) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var status = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress);
            return Task.FromResult(status == SiloStatus.Active
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"silo is {status.ToString().ToLowerInvariant()}"));
        }
    }

    private sealed class StoreCheck(IUserStore users) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            await users.GetUserAsync("usr_00000000000000000000000000000000", cancellationToken);
            return HealthCheckResult.Healthy();
        }
    }
}
