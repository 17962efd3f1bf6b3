using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Cashless.WebApi.Midtrans;

/// <summary>
/// The pipeline around every Core API call: a per-attempt timeout of Midtrans:RequestTimeout, and retries for safe
/// methods only (GET status). A charge (POST) is never retried here: whether it was created is unknown until the status
/// API says so, and <see cref="MidtransClient"/> asks it.
/// </summary>
public static class MidtransResilience
{
    public const string PipelineName = "midtrans";
    public const int MaxRetries = 2;

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(context);
        var attempt = context.ServiceProvider.GetRequiredService<IOptions<MidtransOptions>>().Value.RequestTimeout;
        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            Delay = TimeSpan.FromMilliseconds(200),
            UseJitter = true,
        };
        retry.DisableForUnsafeHttpMethods();

        pipeline
            .AddTimeout(attempt * 2) // the whole call, retries included
            .AddRetry(retry)
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = attempt });
    }
}
