using System.Text.Json;
using System.Text.Json.Serialization;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Endpoints;
using Cashless.WebApi.Errors;
using Cashless.WebApi.Families;
using Cashless.WebApi.Health;
using Cashless.WebApi.Hubs;
using Cashless.WebApi.Idempotency;
using Cashless.WebApi.Json;
using Cashless.WebApi.Midtrans;
using Cashless.WebApi.OpenApi;
using Cashless.WebApi.RateLimiting;
using Cashless.WebApi.Reports;
using Cashless.WebApi.TopUps;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace Cashless.WebApi.Hosting;

/// <summary>The web tier on top of the co-hosted silo: JSON, problems, auth, OpenAPI, health and the endpoints.</summary>
public static class WebApiHostingExtensions
{
    public static WebApplicationBuilder AddCashlessWebApi(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        services.ConfigureHttpJsonOptions(options =>
        {
            // The web defaults read numbers from strings, and OpenAPI would then promise that money may be a string.
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });
        services.AddSingleton<IProblemDetailsWriter, ProblemWriter>();
        services.AddProblemDetails();
        services.AddExceptionHandler<UnhandledExceptionHandler>();
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

        services.AddProxyHeaders(builder.Configuration);
        AddAuth(services);
        services.AddOptions<RegistrationOptions>().BindConfiguration(RegistrationOptions.Section);
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section);
        services.AddOptions<FamilyOptions>().BindConfiguration(FamilyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PasswordResetOptions>().BindConfiguration(PasswordResetOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PasswordHasherOptions>().BindConfiguration("PasswordHasher");
        services.AddOptions<PasswordHashingOptions>().BindConfiguration(PasswordHashingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PasswordService>();
        services.AddSingleton<PasswordGuessGuard>();
        services.AddRequestLimits();
        services.AddSingleton<UserRegistrar>();
        services.AddHostedService<AdminBootstrapService>();
        services.AddOptions<BankTransferOptions>().BindConfiguration(BankTransferOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<BankTransferOptions>, BankTransferProductionGuard>();
        AddMidtrans(services);
        services.AddLiveNotifications();
        services.AddOptions<ReportsOptions>().BindConfiguration(ReportsOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReportsOptions>, ReportsOptionsValidator>();

        services.AddHealthChecks()
            .AddCheck<SiloHealthCheck>("silo", tags: [HealthEndpoints.ReadyTag])
            .AddCheck<StoreHealthCheck>("store", tags: [HealthEndpoints.ReadyTag], timeout: TimeSpan.FromSeconds(5));

        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<BearerSecurityTransformer>();
            options.AddOperationTransformer<BearerSecurityTransformer>();
            options.AddOperationTransformer<IdempotencyKeyTransformer>();
            options.AddOperationTransformer<CsvAlternativeTransformer>();
            options.AddOperationTransformer<ServiceUnavailableTransformer>();
            options.AddDocumentTransformer<LiveNotificationsTransformer>();
        });
        return builder;
    }

    public static WebApplication UseCashlessWebApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (ProxyHeaders.AnyKnown(app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value))
        {
            // First, so that everything after it (logs, throttles) sees the client's address, not the proxy's.
            app.UseForwardedHeaders();
        }

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<IdempotencyMiddleware>();

        var api = app.MapGroup(RouteGroups.ApiBase).AddEndpointFilter<BindingProblemFilter>();
        api.MapAuthEndpoints();
        api.MapMeEndpoints();
        api.MapWalletEndpoints();
        api.MapPaymentsEndpoints();
        api.MapTopUpsEndpoints();
        api.MapWithdrawalsEndpoints();
        api.MapMidtransEndpoints();
        api.MapAdminTopUpsEndpoints();
        api.MapAdminWithdrawalsEndpoints();
        api.MapAdminUsersEndpoints();
        api.MapAccountClosingEndpoints();
        api.MapAdminExportsEndpoints();
        api.MapPasswordResetEndpoints();
        api.MapNotificationsEndpoints();
        api.MapReportsEndpoints();
        api.MapAdminReportsEndpoints();
        api.MapPaymentRequestsEndpoints();
        api.MapCashiersEndpoints();
        api.MapRefundsEndpoints();
        api.MapAdminBackupsEndpoints();
        api.MapGuardiansEndpoints();
        api.MapChildrenEndpoints();
        api.MapAdminFamiliesEndpoints();
        api.MapWalletAlertsEndpoints();
        app.MapLiveNotifications();

        app.MapHealthEndpoints();
        app.MapOpenApi();
        app.MapScalarApiReference("/docs", options => options.WithTitle("Cashless API"));
        Admin.AdminConsoleEndpoints.MapAdminConsole(app);
        Admin.AdminConsoleEndpoints.MapStaticPage(app, "/till", "till", "TillPage",
            "The till page for a seller's cashier (HTML): payment requests as QR codes, today's sales, refunds; it works only through this API");
        return app;
    }

    /// <summary>
    /// The gateway: a typed client behind a resilience pipeline (never retrying a charge), the notification handler, and
    /// the reconciliation job (idle without a server key; the singleton also lets tests run one pass).
    /// </summary>
    private static void AddMidtrans(IServiceCollection services)
    {
        services.AddMidtransClient();
        services.AddScoped<MidtransNotificationHandler>();
        services.AddSingleton<MidtransReconciler>();
        services.AddHostedService(sp => sp.GetRequiredService<MidtransReconciler>());
    }

    private static void AddAuth(IServiceCollection services)
    {
        services.AddOptions<JwtOptions>().Configure<IConfiguration>(JwtOptions.Bind).ValidateOnStart();
        services.AddSingleton<IValidateOptions<JwtOptions>, JwtOptionsValidator>();
        services.AddSingleton<IPostConfigureOptions<JwtOptions>, DevelopmentSigningKey>();
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, ConfigureJwtBearer>();
        services.AddSingleton<CashlessJwtBearerEvents>();
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, SuspendedRoleResultHandler>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddAuthorizationBuilder()
            .AddPolicy(AuthPolicies.WalletHolder, policy => policy.RequireRole(RoleNames.Buyer, RoleNames.Seller))
            .AddPolicy(AuthPolicies.WalletOwner, policy => policy.RequireRole(RoleNames.Buyer, RoleNames.Seller, RoleNames.Guardian))
            .AddPolicy(AuthPolicies.Admin, policy => policy.RequireRole(RoleNames.Admin))
            .AddPolicy(AuthPolicies.Seller, policy => policy.RequireRole(RoleNames.Seller))
            .AddPolicy(AuthPolicies.Till, policy => policy.RequireRole(RoleNames.Seller, RoleNames.Cashier))
            .AddPolicy(AuthPolicies.RequestReader, policy => policy.RequireRole(RoleNames.Buyer, RoleNames.Seller, RoleNames.Cashier))
            .AddPolicy(AuthPolicies.Student, policy => policy.RequireRole(RoleNames.Buyer))
            .AddPolicy(AuthPolicies.Guardian, policy => policy.RequireRole(RoleNames.Guardian));
    }
}
