using System.Globalization;
using System.Text;

namespace Cashless.Bench.Reports;

/// <summary>A GitHub Markdown table: the first column and the named text columns left-aligned, numbers right-aligned.</summary>
internal static class MarkdownTable
{
    public static string Render(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, params int[] textColumns)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        Row(text, headers);
        Row(text, [.. headers.Select((_, i) => i == 0 || textColumns.Contains(i) ? "---" : "---:")]);
        foreach (var row in rows)
        {
            Row(text, row);
        }

        return text.ToString();
    }

    public static string Ms(double value) => value.ToString(value < 10 ? "F2" : "F1", CultureInfo.InvariantCulture);

    public static string Percent(double value) => value.ToString(value is 100 or 0 ? "F0" : "F1", CultureInfo.InvariantCulture);

    public static string Whole(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static void Row(StringBuilder text, IReadOnlyList<string> cells) =>
        text.Append("| ").AppendJoin(" | ", cells.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))).Append(" |\n");
}
