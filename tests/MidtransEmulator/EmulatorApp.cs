using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cashless.MidtransEmulator.Control;
using Cashless.MidtransEmulator.CoreApi;
using Cashless.MidtransEmulator.Notifications;
using Cashless.MidtransEmulator.Transactions;

namespace Cashless.MidtransEmulator;

/// <summary>Builds the emulator, either from command-line configuration or in-process from tests.</summary>
public static class EmulatorApp
{
    private static readonly TimeSpan NotificationTimeout = TimeSpan.FromSeconds(15); // Midtrans waits up to 15 s.

    /// <summary>Standalone: configuration from args, e.g. <c>--urls … --Emulator:ServerKey=…</c>.</summary>
    public static WebApplication Create(string[] args) => Build(WebApplication.CreateBuilder(args));

    /// <summary>In-process: a built app listening on <paramref name="listenUrl"/> (port 0 picks a free port); call StartAsync, then <see cref="BaseAddress"/>.</summary>
    public static WebApplication Create(EmulatorOptions options, string listenUrl = "http://127.0.0.1:0")
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(EmulatorApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{EmulatorOptions.SectionName}:{nameof(EmulatorOptions.ServerKey)}"] = options.ServerKey,
            [$"{EmulatorOptions.SectionName}:{nameof(EmulatorOptions.NotificationUrl)}"] = options.NotificationUrl?.ToString(),
            [$"{EmulatorOptions.SectionName}:{nameof(EmulatorOptions.MerchantId)}"] = options.MerchantId,
            [$"{EmulatorOptions.SectionName}:{nameof(EmulatorOptions.NotificationRetries)}"] =
                options.NotificationRetries.ToString(CultureInfo.InvariantCulture),
            [$"{EmulatorOptions.SectionName}:{nameof(EmulatorOptions.NotificationRetryDelay)}"] =
                options.NotificationRetryDelay.ToString("c", CultureInfo.InvariantCulture),
        });
        builder.WebHost.UseUrls(listenUrl);
        return Build(builder);
    }

    /// <summary>The address a started app actually listens on (the real port when port 0 was asked for).</summary>
    public static Uri BaseAddress(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var address = app.Urls.FirstOrDefault(url => !url.EndsWith(":0", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("The emulator has no bound address yet; call StartAsync first.");
        return new Uri(address);
    }

    private static WebApplication Build(WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmulatorOptions>()
            .BindConfiguration(EmulatorOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.ConfigureHttpJsonOptions(json => UseMidtransJson(json.SerializerOptions));
        builder.Services.AddHttpClient(NotificationSender.ClientName, client =>
        {
            client.Timeout = NotificationTimeout;
            client.DefaultRequestHeaders.UserAgent.ParseAdd("Veritrans");
            client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        });
        builder.Services.AddSingleton<EmulatorClock>();
        builder.Services.AddSingleton<EmulatorState>();
        builder.Services.AddSingleton<PaymentCodeGenerator>();
        builder.Services.AddSingleton<TransactionMessageFactory>();
        builder.Services.AddSingleton<NotificationSender>();
        builder.Services.AddSingleton<TransactionLifecycle>();
        builder.Services.AddHostedService<ExpirySweeper>();
        // Per-request and per-notification framework logs drown the emulator's own delivery log.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);

        var app = builder.Build();
        app.MapCoreApi();
        app.MapControl();
        return app;
    }

    private static void UseMidtransJson(JsonSerializerOptions json)
    {
        json.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        json.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
    }
}
