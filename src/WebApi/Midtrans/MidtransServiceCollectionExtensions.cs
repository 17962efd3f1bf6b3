using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Midtrans;

public static class MidtransServiceCollectionExtensions
{
    /// <summary>
    /// The "Midtrans" options (validated at start, and guarded outside Development) and <see cref="MidtransClient"/> as a typed client of
    /// <see cref="IHttpClientFactory"/> behind <see cref="MidtransResilience"/>. The pipeline owns every timeout, so the
    /// client's own is off.
    /// </summary>
    public static IHttpClientBuilder AddMidtransClient(this IServiceCollection services)
    {
        services.AddOptions<MidtransOptions>().BindConfiguration(MidtransOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MidtransOptions>, MidtransOptionsValidator>();
        services.AddSingleton<IValidateOptions<MidtransOptions>, MidtransProductionGuard>();
        var client = services.AddHttpClient<MidtransClient>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        client.AddResilienceHandler(MidtransResilience.PipelineName, MidtransResilience.Configure);
        return client;
    }
}
