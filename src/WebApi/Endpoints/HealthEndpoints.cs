using Cashless.WebApi.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cashless.WebApi.Endpoints;

/// <summary>Probes for orchestrators: live = the process answers; ready = the silo is active and the store answers.</summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/health").WithTags("Operations");

        group.MapGet("/live", Live)
            .WithName("Live")
            .WithSummary("Liveness: the process answers");

        group.MapGet("/ready", Ready)
            .WithName("Ready")
            .WithSummary("Readiness: the silo is active and the store answers (503 otherwise)")
            .Produces<HealthResponse>(StatusCodes.Status503ServiceUnavailable);

        return app;
    }

    public static Ok<HealthResponse> Live() => TypedResults.Ok(new HealthResponse("healthy", new Dictionary<string, string>()));

    public static async Task<Results<Ok<HealthResponse>, JsonHttpResult<HealthResponse>>> Ready(
        HealthCheckService health, CancellationToken ct)
    {
        var report = await health.CheckHealthAsync(check => check.Tags.Contains(ReadyTag), ct);
        var body = new HealthResponse(
            Name(report.Status), report.Entries.ToDictionary(entry => entry.Key, entry => Name(entry.Value.Status)));
        return report.Status == HealthStatus.Healthy
            ? TypedResults.Ok(body)
            : TypedResults.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static string Name(HealthStatus status) => status.ToString().ToLowerInvariant();
}
