using System.Globalization;
using System.Threading.RateLimiting;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Errors;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.RateLimiting;

/// <summary>
/// ASP.NET Core's rate limiter on login, sign-up and the password endpoints, one fixed window per client address and
/// policy; a refusal is 429 <c>rate_limited</c> with <c>Retry-After</c> in seconds, before any work is done.
/// </summary>
public static class RequestLimits
{
    public const string Login = "login";
    public const string Register = "register";
    public const string Password = "password";
    public const string LinkCode = "link_code";

    public static IServiceCollection AddRequestLimits(this IServiceCollection services)
    {
        services.AddOptions<RequestLimitsOptions>().BindConfiguration(RequestLimitsOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RequestLimitsOptions>>((limiter, configured) =>
        {
            var limits = configured.Value;
            AddPolicy(limiter, Login, limits.Login);
            AddPolicy(limiter, Register, limits.Register);
            AddPolicy(limiter, Password, limits.Password);
            AddPolicy(limiter, LinkCode, limits.LinkCode);
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
        });
        services.AddRateLimiter(_ => { });
        return services;
    }

    private static void AddPolicy(RateLimiterOptions limiter, string name, WindowLimit limit) =>
        limiter.AddPolicy(name, http => RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Of(http), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await ApiProblem.WriteAsync(http, ApiProblem.Details(StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited,
            $"Too many requests from this address; try again in {seconds} seconds."));
    }
}
