using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace Cashless.Silo.Hosting;

/// <summary>
/// Where an executable finds its <c>appsettings*.json</c> and <c>wwwroot</c>: the folder it was installed in
/// (<see cref="AppContext.BaseDirectory"/>), whatever the working directory, unless one is named with
/// <c>--contentRoot</c>, <c>ASPNETCORE_CONTENTROOT</c> or <c>DOTNET_CONTENTROOT</c> (a relative one is taken from the
/// working directory). ASP.NET Core's own default is the working directory, so a service manager or a script that
/// starts <c>dotnet /srv/cashless/Cashless.WebApi.dll</c> from elsewhere would run without its settings and pages.
/// </summary>
public static class ContentRoot
{
    public const string Key = "contentRoot";

    public static WebApplicationOptions Options(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        // The host's own order: DOTNET_ variables, then ASPNETCORE_ ones, then the command line; the last one wins.
        var named = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build()[Key];
        return new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = string.IsNullOrWhiteSpace(named) ? AppContext.BaseDirectory : Path.GetFullPath(named),
        };
    }
}
