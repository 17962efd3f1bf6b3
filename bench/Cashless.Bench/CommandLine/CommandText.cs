namespace Cashless.Bench.CommandLine;

/// <summary>The command line as it goes into reports, with secrets masked.</summary>
internal static class CommandText
{
    private static readonly HashSet<string> Secret = new(StringComparer.Ordinal) { "--admin-password", "--postgres" };

    public static string Of(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var shown = args.Select((arg, i) => i > 0 && Secret.Contains(args[i - 1]) ? "***" : Quote(arg));
        return "dotnet run -c Release --project bench/Cashless.Bench -- " + string.Join(' ', shown);
    }

    private static string Quote(string arg) => arg.Contains(' ', StringComparison.Ordinal) ? $"\"{arg}\"" : arg;
}
