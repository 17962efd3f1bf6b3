namespace Cashless.Bench.Reports;

/// <summary>"201×95, 409 request_in_progress×5": the answers of a row, most frequent first.</summary>
internal static class Answers
{
    public static string Summary(IReadOnlyDictionary<string, long> answers, bool withSuccess = true)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var shown = answers.Where(a => withSuccess || !a.Key.StartsWith('2')).OrderByDescending(a => a.Value).ToList();
        return shown.Count == 0 ? "" : string.Join(", ", shown.Select(a => $"{a.Key}×{a.Value}"));
    }
}
