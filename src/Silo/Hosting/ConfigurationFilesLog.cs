using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cashless.Silo.Hosting;

/// <summary>
/// Says at start-up which configuration files were read, from which content root, and which were looked for but
/// absent, so that a process started with the wrong folder shows it in its first lines instead of running on code
/// defaults. A program that ships an <c>appsettings.json</c> warns when it was not found.
/// </summary>
public static partial class ConfigurationFilesLog
{
    public static void LogConfigurationFiles(this WebApplication app, bool appSettingsShipped)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ConfigurationFilesLog).FullName!);
        var files = ((IConfigurationRoot)app.Configuration).Providers.OfType<FileConfigurationProvider>()
            .Select(provider => provider.Source.Path ?? "")
            .Select(name => (Name: name, Info: app.Environment.ContentRootFileProvider.GetFileInfo(name)))
            .ToList();
        var read = files.Where(f => f.Info.Exists).Select(f => f.Info.PhysicalPath ?? f.Name).ToList();
        var absent = files.Where(f => !f.Info.Exists).Select(f => f.Name).ToList();
        var root = app.Environment.ContentRootPath;
        LogFiles(logger, root, read.Count == 0 ? "none" : string.Join(", ", read), absent.Count == 0 ? "none" : string.Join(", ", absent));
        if (appSettingsShipped && !read.Any(path => Path.GetFileName(path) == "appsettings.json"))
        {
            LogAppSettingsMissing(logger, root);
        }
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information,
        Message = "Content root {ContentRoot}; configuration files read: {Read}; looked for but absent: {Absent}")]
    private static partial void LogFiles(ILogger logger, string contentRoot, string read, string absent);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning,
        Message = "No appsettings.json in the content root {ContentRoot}: the shipped settings are not in effect. Name the folder that holds it with --contentRoot or ASPNETCORE_CONTENTROOT")]
    private static partial void LogAppSettingsMissing(ILogger logger, string contentRoot);
}
