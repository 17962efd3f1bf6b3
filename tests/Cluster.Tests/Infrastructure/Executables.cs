namespace Cashless.Cluster.Tests.Infrastructure;

/// <summary>The built executables next to this test build (same configuration), from the repository's src folder.</summary>
internal static class Executables
{
    public static string Dll(NodeKind kind)
    {
        var (project, assembly) = kind == NodeKind.Front ? ("WebApi", "Cashless.WebApi.dll") : ("Silo", "Cashless.Silo.dll");
        var dll = Path.Combine(Repository.Root, "src", project, "bin", Configuration(), "net10.0", assembly);
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"build src/{project} first", dll);
    }

    private static string Configuration() => new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
}
