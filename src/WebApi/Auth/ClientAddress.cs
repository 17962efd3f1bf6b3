namespace Cashless.WebApi.Auth;

/// <summary>
/// The address a request came from, as the connection reports it (behind a proxy, after forwarded headers are applied):
/// the key of the per-address request limits and of the password-guess throttle.
/// </summary>
public static class ClientAddress
{
    public const string Unknown = "unknown";

    public static string Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Connection.RemoteIpAddress?.ToString() ?? Unknown;
    }
}
