using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Hubs;

public static class LiveNotificationsHosting
{
    /// <summary>
    /// SignalR with the API's own JSON settings (camelCase, snake_case enums), so a pushed item reads exactly as the
    /// log's, and this silo's subscriptions to the notification feeds.
    /// </summary>
    public static IServiceCollection AddLiveNotifications(this IServiceCollection services)
    {
        services.AddSignalR().AddJsonProtocol();
        services.AddOptions<JsonHubProtocolOptions>().Configure<IOptions<JsonOptions>>(
            (hub, json) => hub.PayloadSerializerOptions = new System.Text.Json.JsonSerializerOptions(json.Value.SerializerOptions));
        services.AddOptions<LiveNotificationsOptions>().BindConfiguration(LiveNotificationsOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<UserNames>();
        services.AddSingleton<LiveSubscriptions>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveSubscriptions>());
        return services;
    }

    /// <summary>
    /// The hub, for signed-in users only. A connection is closed when its token expires; one whose token is revoked
    /// is closed at the next renewal round.
    /// </summary>
    public static IEndpointConventionBuilder MapLiveNotifications(this IEndpointRouteBuilder app) =>
        app.MapHub<NotificationHub>(NotificationHub.Path, options => options.CloseOnAuthenticationExpiration = true)
            .RequireAuthorization();
}
