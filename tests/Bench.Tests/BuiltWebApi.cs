namespace Cashless.Bench.Tests;

/// <summary>The WebApi build next to this test build (same configuration), which the smoke runs start.</summary>
internal static class BuiltWebApi
{
    public static string Dll()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Cashless.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        return Path.Combine(root.FullName, "src", "WebApi", "bin", configuration, "net10.0", "Cashless.WebApi.dll");
    }
}
