using Cashless.Silo.Hosting;
using Cashless.WebApi.Auth;
using Orleans.Dashboard;

namespace Cashless.WebApi.Operations;

/// <summary>
/// What operators use on a front silo, outside the API contract: <c>/metrics</c> (Prometheus; the silo's meters are
/// set up by <see cref="CashlessTelemetry"/>) and the Orleans Dashboard under <see cref="DashboardSession.Path"/>,
/// for admins only. None of it is in the OpenAPI document.
/// </summary>
public static class OperationsHostingExtensions
{
    public static WebApplicationBuilder AddCashlessOperations(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (DashboardEnabled(builder.Configuration))
        {
            builder.Services.AddTransient<IStartupFilter, DashboardCookieStartupFilter>();
        }

        return builder;
    }

    public static WebApplication MapCashlessOperations(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapCashlessMetrics().ExcludeFromDescription();
        if (DashboardEnabled(app.Configuration))
        {
            // Every page and every data call of the dashboard needs an admin's token (a bearer header, or the
            // dashboard cookie made from one); others get 401, non-admins 403.
            app.MapOrleansDashboard(DashboardSession.Path).RequireAuthorization(AuthPolicies.Admin).ExcludeFromDescription();
            app.MapDashboardSession();
        }

        return app;
    }

    private static bool DashboardEnabled(IConfiguration configuration) =>
        configuration.GetValue(CashlessHostingExtensions.DashboardEnabledKey, true);
}
