using System.Text.RegularExpressions;

namespace Cashless.WebApi.Tests;

/// <summary>
/// No two namespaces of the product lean on each other, directly or round a longer loop: each folder has a place in
/// one order (hosting on top, contracts and errors below), so a change to a lower one never needs the upper one. Read
/// from the <c>using</c> lines of the sources (a nested namespace sees its parent without one, so parent and child
/// are not compared).
/// </summary>
public sealed partial class NamespaceCycleTests
{
    [Fact]
    public void Sources_HaveNoNamespaceCycle()
    {
        var uses = NamespaceUses(Repository.PathOf("src"));

        var cycle = FindCycle(uses);

        Assert.True(cycle is null, $"namespace cycle: {string.Join(" -> ", cycle ?? [])}");
    }

    [Fact]
    public void FindCycle_SeesALoopRoundThreeNamespaces()
    {
        var uses = new Dictionary<string, HashSet<string>>
        {
            ["A"] = ["B"],
            ["B"] = ["C"],
            ["C"] = ["A"],
            ["D"] = ["A"],
        };

        Assert.Equal(["A", "B", "C", "A"], FindCycle(uses));
        uses["C"].Clear();
        Assert.Null(FindCycle(uses));
    }

    private static Dictionary<string, HashSet<string>> NamespaceUses(string sources)
    {
        var uses = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(sources, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(sources, file).Replace('\\', '/');
            if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            if (Namespace().Match(text) is not { Success: true } declared)
            {
                continue;
            }

            var from = declared.Groups["name"].Value;
            var targets = uses.TryGetValue(from, out var known) ? known : uses[from] = [];
            foreach (Match used in Using().Matches(text))
            {
                var to = used.Groups["name"].Value;
                if (!IsSameOrNested(from, to) && !IsSameOrNested(to, from))
                {
                    targets.Add(to);
                }
            }
        }

        return uses;
    }

    private static bool IsSameOrNested(string name, string outer) =>
        name == outer || name.StartsWith(outer + ".", StringComparison.Ordinal);

    /// <summary>The first loop found, as the namespaces round it (the first repeated at the end), or null.</summary>
    private static List<string>? FindCycle(Dictionary<string, HashSet<string>> uses)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var start in uses.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(start) is { } cycle)
            {
                return cycle;
            }
        }

        return null;

        List<string>? Visit(string name)
        {
            if (path.IndexOf(name) is var at and >= 0)
            {
                return [.. path[at..], name];
            }

            if (!done.Add(name))
            {
                return null;
            }

            path.Add(name);
            foreach (var next in uses.GetValueOrDefault(name, []).Order(StringComparer.Ordinal))
            {
                if (Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            return null;
        }
    }

    [GeneratedRegex(@"^namespace\s+(?<name>Cashless[\w.]*)\s*;", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"^using\s+(?<name>Cashless[\w.]*)\s*;", RegexOptions.Multiline)]
    private static partial Regex Using();
}
