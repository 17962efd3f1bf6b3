using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Cashless.WebApi.Tests.Infrastructure;

/// <summary>
/// Appends a middleware after the whole application pipeline that throws for <see cref="CashlessApiFactory.FailingPath"/>:
/// reached only when no endpoint matched, and inside the app's exception handler, like any bug in a handler.
/// </summary>
internal sealed class FailingEndpointStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Use((context, nextMiddleware) => context.Request.Path == CashlessApiFactory.FailingPath
            ? throw new InvalidOperationException("secret internal detail: connection string Data Source=/srv/x")
            : nextMiddleware(context));
    };
}
