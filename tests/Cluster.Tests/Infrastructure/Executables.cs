namespace Cashless.Cluster.Tests.Infrastructure;

/// <summary>The built executables next to this test build (same configuration), from the repository's src folder.</summary>
internal static class Executables
{
    public static string Dll(NodeKind kind)
    {
        var (project, assembly) = kind == NodeKind.Front ? ("WebApi", "Cashless.WebApi.dll") : ("Silo", "Cashless.Silo.dll");
        var dll = Path.Combine(RepositoryRoot(), "src", project, "bin", Configuration(), "net10.0", assembly);
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"build src/{project} first", dll);
    }

    public static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Cashless.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("repository root not found");
    }

    private static string Configuration() => new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
}
