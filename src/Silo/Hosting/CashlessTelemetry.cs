using Cashless.Silo.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Cashless.Silo.Hosting;

/// <summary>
/// OpenTelemetry metrics of both executables, scraped in Prometheus format on <c>/metrics</c>: HTTP requests
/// (ASP.NET Core), grain calls, activations and messaging (the "Microsoft.Orleans" meter), the runtime's GC heap,
/// memory and thread pool ("System.Runtime"), and ours ("Cashless":
/// store commits and batch sizes, outbox depth). Logs are the host's console logger; set
/// <c>Logging:Console:FormatterName=json</c> for one JSON object per line.
/// </summary>
public static class CashlessTelemetry
{
    public const string MetricsPath = "/metrics";
    public const string OrleansMeterName = "Microsoft.Orleans";

    /// <summary>The runtime's own meter: GC heap sizes and collections, working set, thread pool (the soak reads the heap).</summary>
    public const string RuntimeMeterName = "System.Runtime";

    public static IHostApplicationBuilder AddCashlessTelemetry(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var cluster = ClusterSettings.From(builder.Configuration);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                builder.Environment.ApplicationName, serviceInstanceId: $"{Environment.MachineName}:{cluster.SiloPort}"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter(OrleansMeterName, CashlessMetrics.MeterName, RuntimeMeterName)
                .AddPrometheusExporter());
        builder.Services.AddHostedService<OutboxDepthGauge>();
        return builder;
    }

    /// <summary>Maps <see cref="MetricsPath"/>. Meant for the scraper on the node's own port; the proxy does not pass it on.</summary>
    public static IEndpointConventionBuilder MapCashlessMetrics(this IEndpointRouteBuilder app) =>
        app.MapPrometheusScrapingEndpoint(MetricsPath);
}
