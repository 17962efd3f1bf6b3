namespace Cashless.Grains.Ledger;

/// <summary>
/// What a user's tokens are refused for: every token issued at or before <see cref="RevokedUpTo"/> except
/// <see cref="KeptTokenId"/>, and each token in <see cref="RevokedTokens"/> (id → its expiry).
/// </summary>
public sealed record SessionRecord(
    DateTimeOffset? RevokedUpTo,
    string? KeptTokenId,
    IReadOnlyDictionary<string, DateTimeOffset> RevokedTokens);
