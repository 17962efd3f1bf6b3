using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Cashless.WebApi.Hosting;

/// <summary>
/// The "ForwardedHeaders" section: the reverse proxies (KnownProxies, IP addresses) and networks (KnownNetworks, CIDR)
/// whose X-Forwarded-For and X-Forwarded-Proto are believed, one hop deep. Unset, no such header is believed from
/// anyone: ASP.NET Core would otherwise take them from any sender once both lists are empty, so the middleware is
/// then left out altogether.
/// </summary>
public static class ProxyHeaders
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Reads and checks the section (an address that does not parse stops start-up, naming the key).</summary>
    public static void AddProxyHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var proxies = Values(section, "KnownProxies")
            .Select(text => IPAddress.TryParse(text, out var address) ? address : throw Unreadable("KnownProxies", text, "address")).ToList();
        var networks = Values(section, "KnownNetworks")
            .Select(text => System.Net.IPNetwork.TryParse(text, out var network)
                ? network
                : throw Unreadable("KnownNetworks", text, "network such as 172.28.0.0/24")).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = 1;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
    }

    /// <summary>Whether any proxy is known: only then is the forwarded-headers middleware in the pipeline.</summary>
    public static bool AnyKnown(ForwardedHeadersOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.KnownProxies.Count + options.KnownIPNetworks.Count > 0;
    }

    private static string[] Values(IConfiguration section, string key) => section.GetSection(key).Get<string[]>() ?? [];

    private static InvalidOperationException Unreadable(string key, string text, string what) =>
        new($"{Section}:{key} '{text}' is not an IP {what}.");
}
