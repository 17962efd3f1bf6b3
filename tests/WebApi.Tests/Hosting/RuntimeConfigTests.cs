using System.Text.Json;
using Xunit;

namespace Cashless.WebApi.Tests.Hosting;

/// <summary>
/// The programs are built with the repository's runtime settings (Directory.Build.targets, imported by src's own):
/// their thread pools sleep instead of spinning (docs/benchmarks.md, "Issue-9 round 4").
/// </summary>
public sealed class RuntimeConfigTests
{
    [Theory]
    [InlineData("Cashless.WebApi")]
    [InlineData("Cashless.Silo")]
    public void Program_IsBuiltWithoutThreadPoolSpinning(string program)
    {
        var path = Path.Combine(AppContext.BaseDirectory, program + ".runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));

        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.Equal(0, properties.GetProperty("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit").GetInt32());
    }
}
