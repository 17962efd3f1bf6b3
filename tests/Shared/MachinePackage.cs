using Xunit;
using Xunit.Abstractions;

namespace Cashless.TestMachine;

/// <summary>
/// A program from the machine's packages that some tests need (Chromium for the console, redis-server, nginx,
/// docker-compose and PostgreSQL for the cluster, PostgreSQL for the storage suite). When it is missing the test is
/// SKIPPED, with the reason and the install command, so <c>dotnet test</c> passes on a machine with only the .NET SDK;
/// but when the environment variable <c>CI</c> is set it FAILS, so CI never skips it. A test that asks must be a
/// <c>[SkippableFact]</c> or <c>[SkippableTheory]</c>.
/// </summary>
public sealed class MachinePackage
{
    public const string InstallCommand = "sudo bash .ci/install-deps.sh";
    public const string CiVariable = "CI";
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly Func<bool> _installed;

    public MachinePackage(string what, string debianPackage, Func<bool> installed)
    {
        What = what;
        DebianPackage = debianPackage;
        _installed = installed;
    }

    public static MachinePackage Chromium { get; } = new(ChromiumPath, "chromium", () => File.Exists(ChromiumPath));

    public static MachinePackage RedisServer { get; } = new("redis-server", "redis-server", () => OnPath("redis-server"));

    // Debian puts nginx in /usr/sbin, which a non-root PATH may lack.
    public static MachinePackage Nginx { get; } = new("nginx", "nginx", () => File.Exists("/usr/sbin/nginx") || OnPath("nginx"));

    public static MachinePackage DockerCompose { get; } = new("docker-compose", "docker-compose", () => OnPath("docker-compose"));

    public static MachinePackage PostgreSql { get; } = new("PostgreSQL's binaries (/usr/lib/postgresql/*/bin/initdb)", "postgresql",
        () => Directory.Exists("/usr/lib/postgresql")
            && Directory.EnumerateDirectories("/usr/lib/postgresql").Any(version => File.Exists(Path.Combine(version, "bin", "initdb"))));

    public string What { get; }

    public string DebianPackage { get; }

    public bool IsInstalled => _installed();

    /// <summary>
    /// Says once in the run's plain output (the project's xunit.runner.json turns on diagnostic messages) that the tests
    /// needing a missing package are skipped, with the install command: a skip's own reason shows only in detailed output.
    /// </summary>
    public void Announce(IMessageSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!IsInstalled)
        {
            var outcome = string.IsNullOrEmpty(Environment.GetEnvironmentVariable(CiVariable)) ? "SKIPPED" : "FAILED (CI is set)";
            diagnostics.OnMessage(new Xunit.Sdk.DiagnosticMessage(
                $"Tests that need {What} are {outcome}: it is missing (Debian package {DebianPackage}); install with `{InstallCommand}`"));
        }
    }

    /// <summary>Returns when the package is installed; otherwise skips the running test, or fails it under CI.</summary>
    public void Require() => Require(IsInstalled, Environment.GetEnvironmentVariable(CiVariable));

    /// <summary>The decision, given whether it is installed and the value of <c>CI</c>.</summary>
    public void Require(bool installed, string? ci)
    {
        if (installed)
        {
            return;
        }

        var reason = $"{What} is missing (Debian package {DebianPackage}); install what the tests need with `{InstallCommand}`";
        if (string.IsNullOrEmpty(ci))
        {
            throw new SkipException($"SKIPPED: {reason}. (With {CiVariable} set this is a failure.)");
        }

        throw new InvalidOperationException($"{reason}. {CiVariable} is set, so this is a failure, not a skip.");
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));
}
