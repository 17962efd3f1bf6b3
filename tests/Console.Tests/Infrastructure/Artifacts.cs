namespace Cashless.Console.Tests.Infrastructure;

/// <summary>Where the tests keep what a person should look at: tests/Console.Tests/artifacts (gitignored).</summary>
public static class Artifacts
{
    public static string Folder { get; } = Create();

    public static string PathOf(string file) => Path.Combine(Folder, file);

    private static string Create()
    {
        var repo = new DirectoryInfo(AppContext.BaseDirectory);
        while (repo is not null && !File.Exists(Path.Combine(repo.FullName, "Cashless.sln")))
        {
            repo = repo.Parent;
        }

        var folder = repo is null
            ? Path.Combine(AppContext.BaseDirectory, "artifacts")
            : Path.Combine(repo.FullName, "tests", "Console.Tests", "artifacts");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
