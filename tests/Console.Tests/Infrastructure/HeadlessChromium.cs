using Cashless.TestMachine;
using Microsoft.Playwright;

namespace Cashless.Console.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium (<c>apt-get install chromium</c>, see .ci/install-deps.sh) driven by Playwright's bundled driver,
/// headless, in a fresh profile. Playwright never downloads a browser here.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    public const string ChromiumPath = MachinePackage.ChromiumPath;

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly string _profile;

    private HeadlessChromium(IPlaywright playwright, IBrowserContext context, string profile)
    {
        _playwright = playwright;
        Context = context;
        _profile = profile;
    }

    /// <summary>One browser window; each test opens its own page (tab), and sessionStorage is per tab.</summary>
    public IBrowserContext Context { get; }

    /// <summary>Launches <see cref="ChromiumPath"/>; the caller checks first that it is installed (MachinePackage.Chromium).</summary>
    public static async Task<HeadlessChromium> LaunchAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        var profile = Directory.CreateTempSubdirectory("cashless-console-chromium-").FullName;
        try
        {
            // A persistent context is how Playwright takes a --user-data-dir of our choosing: a fresh, empty one.
            var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = Arguments,
                ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
                Locale = "en-GB",
                TimezoneId = "Asia/Jakarta",
            });
            return new HeadlessChromium(playwright, context, profile);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        _playwright.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be letting go of a file; the temp folder is cleaned by the OS eventually.
        }
    }
}
