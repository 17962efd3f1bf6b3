using Cashless.WebApi.Errors;
using Cashless.WebApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
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

    /// <summary>A response body whose client is gone: every write fails, as Kestrel's does after an abort.</summary>
    private sealed class ClosedStream : MemoryStream
    {
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            throw new OperationCanceledException();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw new OperationCanceledException();
    }
}
