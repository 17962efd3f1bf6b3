namespace Cashless.WebApi.Idempotency;

public static class IdempotencyKey
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxLength = 255;

    /// <summary>1 to 255 printable ASCII characters (space through tilde).</summary>
    public static bool IsValid(string? key) =>
        key is { Length: >= 1 and <= MaxLength } && key.All(c => c is >= ' ' and <= '~');

    /// <summary>The idempotency grain's key: one key space per user.</summary>
    public static string Scope(string userId, string key) => $"{userId}/{key}";
}
