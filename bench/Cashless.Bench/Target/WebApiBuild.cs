using System.Diagnostics;

namespace Cashless.Bench.Target;

/// <summary>Builds src/WebApi in Release (unless told not to) and names the assembly to start.</summary>
internal static class WebApiBuild
{
    public static async Task<string> PrepareAsync(string? dll, bool build, TextWriter log, CancellationToken ct)
    {
        var root = dll is null || build ? RepositoryRoot.Find() : null;
        if (build)
        {
            await BuildAsync(root!, log, ct);
        }

        var path = dll ?? Path.Combine(root!, "src", "WebApi", "bin", "Release", "net10.0", "Cashless.WebApi.dll");
        return File.Exists(path) ? Path.GetFullPath(path) : throw new FileNotFoundException("the WebApi is not built", path);
    }

    private static async Task BuildAsync(string root, TextWriter log, CancellationToken ct)
    {
        await log.WriteLineAsync("building src/WebApi (Release)...");
        var info = new ProcessStartInfo("dotnet", ["build", "-c", "Release", "--nologo", "-v", "q", "src/WebApi"])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not run dotnet build");
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var errors = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet build src/WebApi failed:\n{await output}\n{await errors}");
        }
    }
}
