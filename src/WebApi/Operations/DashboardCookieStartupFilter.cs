namespace Cashless.WebApi.Operations;

/// <summary>Runs <see cref="DashboardSession.PromoteCookie"/> first in the pipeline, so authentication sees the header.</summary>
internal sealed class DashboardCookieStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            DashboardSession.PromoteCookie(context);
            return nextMiddleware(context);
        });
        next(app);
    };
}
