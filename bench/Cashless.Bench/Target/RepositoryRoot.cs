namespace Cashless.Bench.Target;

/// <summary>The folder holding Cashless.sln, found upwards from the working directory or from this build.</summary>
internal static class RepositoryRoot
{
    public static string? TryFind()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Cashless.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    public static string Find() =>
        TryFind() ?? throw new DirectoryNotFoundException("Cashless.sln not found above the working directory or the tool");
}
