using System.Net;
using Cashless.WebApi.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Tests.Hosting;

/// <summary>X-Forwarded-For and -Proto are believed from the configured proxy only, through ASP.NET Core's own middleware.</summary>
public sealed class ProxyHeadersTests
{
    private static readonly IPAddress Client = IPAddress.Parse("203.0.113.9");

    [Theory]
    [InlineData("10.0.0.5", null, "10.0.0.5", true)]
    [InlineData(null, "10.0.0.0/24", "10.0.0.5", true)]
    [InlineData("10.0.0.5", null, "10.0.0.6", false)]
    [InlineData(null, "10.0.0.0/24", "10.0.1.5", false)]
    public async Task Request_ForwardedHeaders_AreBelievedFromAKnownProxyOnly(string? proxy, string? network, string sender, bool believed)
    {
        var options = Configure(new Dictionary<string, string?>
        {
            ["ForwardedHeaders:KnownProxies:0"] = proxy,
            ["ForwardedHeaders:KnownNetworks:0"] = network,
        });
        var context = Request(IPAddress.Parse(sender));

        await new ForwardedHeadersMiddleware(_ => Task.CompletedTask, NullLoggerFactory.Instance, Options.Create(options)).Invoke(context);

        Assert.True(ProxyHeaders.AnyKnown(options));
        Assert.Equal(believed ? Client : IPAddress.Parse(sender), context.Connection.RemoteIpAddress);
        Assert.Equal(believed ? "https" : "http", context.Request.Scheme);
    }

    [Fact]
    public void Configure_NoProxy_LeavesTheMiddlewareOut() =>
        Assert.False(ProxyHeaders.AnyKnown(Configure(new Dictionary<string, string?>())));

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "proxy.local")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/33")]
    public void Configure_UnreadableAddress_FailsNamingTheKey(string key, string value)
    {
        var failure = Assert.Throws<InvalidOperationException>(() => Configure(new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(key[..key.LastIndexOf(':')], failure.Message, StringComparison.Ordinal);
    }

    private static ForwardedHeadersOptions Configure(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Where(s => s.Value is not null)).Build();
        var services = new ServiceCollection();
        services.AddProxyHeaders(configuration);
        return services.BuildServiceProvider().GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
    }

    private static DefaultHttpContext Request(IPAddress sender)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = sender;
        context.Request.Scheme = "http";
        context.Request.Headers["X-Forwarded-For"] = Client.ToString();
        context.Request.Headers["X-Forwarded-Proto"] = "https";
        return context;
    }
}
