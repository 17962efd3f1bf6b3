namespace Cashless.MidtransEmulator.Notifications;

/// <summary>
/// Resolves where a transaction's notifications go: the configured URL, replaced by
/// <c>X-Override-Notification</c> or extended by <c>X-Append-Notification</c> (up to 3 comma-separated URLs each).
/// </summary>
public static class NotificationTargets
{
    public const string OverrideHeader = "X-Override-Notification";
    public const string AppendHeader = "X-Append-Notification";
    private const int MaxUrlsPerHeader = 3;

    public static IReadOnlyList<Uri> Resolve(IHeaderDictionary headers, Uri? configured)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var overrides = Parse(headers[OverrideHeader]);
        if (overrides.Count > 0)
        {
            return overrides;
        }
        IReadOnlyList<Uri> defaults = configured is null ? [] : [configured];
        return [.. defaults, .. Parse(headers[AppendHeader])];
    }

    private static List<Uri> Parse(string? header) =>
        [.. (header ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Take(MaxUrlsPerHeader)
            .Select(value => Uri.TryCreate(value, UriKind.Absolute, out var url) ? url : null)
            .OfType<Uri>()];
}
