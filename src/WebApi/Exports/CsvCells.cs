namespace Cashless.WebApi.Exports;

/// <summary>
/// CSV fields by RFC 4180 (a field holding a comma, a double quote, CR or LF is quoted, its quotes doubled), and text
/// that a spreadsheet would run as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or CR) is
/// prefixed with a single quote, so it opens as the text it is. Numbers are written as they are.
/// </summary>
public static class CsvCells
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var text = Array.IndexOf(FormulaStarts, value[0]) >= 0 ? "'" + value : value;
        return text.IndexOfAny(NeedsQuotes) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }

    /// <summary>One record: the cells joined by commas, ended by CRLF.</summary>
    public static string Row(params string[] cells) => string.Join(',', cells) + "\r\n";
}
