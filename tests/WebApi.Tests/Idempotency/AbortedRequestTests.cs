using System.Security.Claims;
using System.Text;
using Cashless.Grains.Interfaces.Idempotency;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Idempotency;
using Cashless.WebApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cashless.WebApi.Tests.Idempotency;

/// <summary>
/// A client that hangs up mid-request must not leave a kept answer behind: the framework's JSON writer stops quietly
/// on an aborted request, so what was captured is not the answer. The retry with the same key runs again (and the
/// grain's operation id makes that the same payment).
/// </summary>
[Collection(SharedApi.Name)]
public sealed class AbortedRequestTests(ApiFixture app)
{
    private const string Path = "/api/v1/payments";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"to":"someone","amount":1000}""");

    [Fact]
    public async Task Invoke_ClientAbortsWhileTheAnswerIsWritten_DoesNotKeepTheAnswer()
    {
        var (context, aborted, scope) = KeyedRequest(app.Factory.Services);

        await PayingMiddleware(beforeAnswer: aborted.CancelAsync).InvokeAsync(context); // the client hangs up once the work is done

        Assert.Equal(IdempotencyClaimKind.Started, (await RetryAsync(scope)).Kind);
    }

    [Fact]
    public async Task Invoke_ClientStaysConnected_KeepsTheAnswer()
    {
        var (context, _, scope) = KeyedRequest(app.Factory.Services);

        await PayingMiddleware(beforeAnswer: () => Task.CompletedTask).InvokeAsync(context);

        var retry = await RetryAsync(scope);
        Assert.Equal(IdempotencyClaimKind.Replay, retry.Kind);
        Assert.Equal("""{"id":"pay_1"}""", Encoding.UTF8.GetString(retry.Response!.Body));
    }

    private IGrainFactory Grains => app.Factory.Services.GetRequiredService<IGrainFactory>();

    /// <summary>The middleware around a handler that answers 201 the way the payment endpoint does.</summary>
    private IdempotencyMiddleware PayingMiddleware(Func<Task> beforeAnswer) => new(
        async http =>
        {
            await beforeAnswer();
            await Results.Created("/api/v1/payments/pay_1", new { id = "pay_1" }).ExecuteAsync(http);
        },
        Grains,
        NullLogger<IdempotencyMiddleware>.Instance);

    private Task<IdempotencyClaim> RetryAsync(string scope) =>
        Grains.GetGrain<IIdempotencyGrain>(scope).Begin(RequestHash.Compute("POST", Path, Body));

    private static (DefaultHttpContext Context, CancellationTokenSource Aborted, string Scope) KeyedRequest(IServiceProvider services)
    {
        var userId = Guid.NewGuid().ToString();
        var key = Guid.NewGuid().ToString();
        var aborted = new CancellationTokenSource();
        var context = new DefaultHttpContext
        {
            RequestServices = services,
            RequestAborted = aborted.Token,
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(JwtClaims.Subject, userId)], "test")),
        };
        context.Request.Method = "POST";
        context.Request.Path = Path;
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Body);
        context.Request.Headers[IdempotencyKey.Header] = key;
        context.Response.Body = new MemoryStream();
        context.SetEndpoint(new Endpoint(null, new EndpointMetadataCollection(IdempotentRequestMetadata.Instance), "pay"));
        return (context, aborted, IdempotencyKey.Scope(userId, key));
    }
}
