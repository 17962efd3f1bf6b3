using System.Text.Json;
using System.Text.Json.Serialization;
using Cashless.Bench.Target;

namespace Cashless.Bench.Reports;

/// <summary>The run as JSON, by default to bench/results/&lt;scenario&gt;-&lt;timestamp&gt;.json.</summary>
internal static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string DefaultPath(string scenario, DateTimeOffset startedAt)
    {
        var root = RepositoryRoot.TryFind() ?? Directory.GetCurrentDirectory();
        return Path.Combine(root, "bench", "results", $"{scenario}-{startedAt:yyyyMMdd-HHmmss}.json");
    }

    public static async Task WriteAsync(BenchReport report, string path, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, report, Options, ct);
    }
}
