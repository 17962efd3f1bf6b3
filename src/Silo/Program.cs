using Cashless.Silo.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

// The standalone silo: adds grain capacity to a cluster. It serves no API; its only HTTP port (Urls) is for
// operators: /health/live, /health/ready (Active in the membership, store answers) and /metrics.
var builder = WebApplication.CreateBuilder(ContentRoot.Options(args));
builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
{
    // Lowest precedence: anything configured (appsettings, environment, command line) wins.
    InitialData = new Dictionary<string, string?>
    {
        ["Urls"] = "http://localhost:5100",
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Warning",
        ["Logging:LogLevel:Orleans"] = "Warning",
        ["Logging:LogLevel:Polly"] = "Warning",
    },
});
builder.AddCashless();
builder.Services.AddSiloProbes();

var app = builder.Build();
app.LogConfigurationFiles(appSettingsShipped: false);
app.MapSiloProbes();
app.MapCashlessMetrics();
await app.RunAsync();
