using Cashless.WebApi.Auth;
using Cashless.WebApi.Errors;
using Cashless.WebApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cashless.WebApi.Tests;

public sealed class UnhandledExceptionHandlerTests
{
    [Fact]
    public async Task TryHandle_ClientHungUpMidBody_AnswersNothingAndLogsNoError()
    {
        var logs = new CapturedLogs();
        using var loggers = LoggerFactory.Create(builder => builder.AddProvider(logs));
        var handler = new UnhandledExceptionHandler(loggers.CreateLogger<UnhandledExceptionHandler>());
        using var hungUp = new CancellationTokenSource();
        await hungUp.CancelAsync();
        var context = new DefaultHttpContext { RequestAborted = hungUp.Token };
        context.Response.Body = new ClosedStream();

        var handled = await handler.TryHandleAsync(context, new BadHttpRequestException("Unexpected end of request content."), CancellationToken.None);

        Assert.True(handled);
        Assert.DoesNotContain(logs.Lines, line => line.Level >= LogLevel.Warning);
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode); // untouched: nothing was written
    }

    [Fact]
    public async Task TryHandle_HashingQueueFull_Answers503OverloadedWithItsReason()
    {
        using var loggers = LoggerFactory.Create(_ => { });
        var handler = new UnhandledExceptionHandler(loggers.CreateLogger<UnhandledExceptionHandler>());
        using var services = new ServiceCollection().AddOptions().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        using var body = new MemoryStream();
        context.Response.Body = body;

        Assert.True(await handler.TryHandleAsync(context, new HashingQueueFullException(), CancellationToken.None));

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        using var problem = System.Text.Json.JsonDocument.Parse(body.ToArray());
        Assert.Equal(ErrorCodes.Overloaded, problem.RootElement.GetProperty("code").GetString());
        Assert.Contains("too many passwords", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>A response body whose client is gone: every write fails, as Kestrel's does after an abort.</summary>
    private sealed class ClosedStream : MemoryStream
    {
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            throw new OperationCanceledException();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw new OperationCanceledException();
    }
}
