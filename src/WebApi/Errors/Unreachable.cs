using Cashless.Grains.Accounts;
using Cashless.Grains.TopUps;
using Cashless.Silo.Storage;
using Microsoft.AspNetCore.Mvc;
using Orleans.Runtime.Messaging;

namespace Cashless.WebApi.Errors;

/// <summary>
/// A failure to reach a grain, a silo or the store: the silo is gone or unreachable (Orleans rejections, a lost
/// connection, a call that timed out), the store did not answer (<see cref="StoreUnavailable"/>), or an account was
/// moving to another silo (its commit was refused because a new activation wrote first,
/// <see cref="CommitConflictException"/>, and so for a top-up's record, <see cref="TopUpConflictException"/>). It is answered 503
/// <c>service_unavailable</c> with <c>Retry-After</c>, never 500: every operation that moves money is keyed by the
/// request's Idempotency-Key and committed in one transaction, so the same request with the same key may be retried
/// and is decided once.
/// </summary>
public static class Unreachable
{
    public const int RetryAfterSeconds = 2;

    private const int MaxDepth = 8;

    /// <summary>The unreachability in <paramref name="exception"/> or its inner exceptions, or null if it is something else.</summary>
    public static Exception? Find(Exception? exception)
    {
        for (var depth = 0; exception is not null && depth < MaxDepth; depth++)
        {
            if (Is(exception))
            {
                return exception;
            }

            exception = exception is AggregateException { InnerExceptions.Count: 1 } aggregate
                ? aggregate.InnerExceptions[0]
                : exception.InnerException;
        }

        return null;
    }

    /// <summary>What to log: the failure's kind and its message, which names the silo (Orleans) or the store's error.</summary>
    public static string Describe(Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return $"{failure.GetType().Name}: {failure.Message}";
    }

    public static ProblemDetails Problem() => ApiProblem.Details(StatusCodes.Status503ServiceUnavailable, ErrorCodes.ServiceUnavailable,
        "Part of the service could not be reached. Retry shortly; with the same Idempotency-Key the request is decided once.");

    public static async Task WriteAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await ApiProblem.WriteAsync(http, Problem());
    }

    private static bool Is(Exception exception) => exception is SiloUnavailableException or OrleansMessageRejectionException
        or ConnectionFailedException or GatewayTooBusyException or ClientNotAvailableException or TimeoutException
        or CommitConflictException or TopUpConflictException || StoreUnavailable.Is(exception);
}
