namespace Cashless.TestSupport;

/// <summary>The checkout the tests run from: the folder of <c>Cashless.sln</c>, above the test's output folder.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Cashless.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("repository root (Cashless.sln) not found above " + AppContext.BaseDirectory);
    }
}
