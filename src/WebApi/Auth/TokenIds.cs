using System.Globalization;

namespace Cashless.WebApi.Auth;

/// <summary>
/// Token ids (<c>jti</c>) are UUIDv7 in 32 hex digits. Their first 48 bits are the issue time in Unix milliseconds,
/// which is what revocation compares: <c>iat</c> has only whole seconds, so "log out everywhere" followed by a new
/// login within the same second would otherwise refuse the new token.
/// </summary>
public static class TokenIds
{
    public static string New(DateTimeOffset now) => Guid.CreateVersion7(now).ToString("N");

    public static bool TryGetIssuedAt(string? tokenId, out DateTimeOffset issuedAt)
    {
        issuedAt = default;
        if (tokenId is null || !Guid.TryParseExact(tokenId, "N", out var guid) || guid.Version != 7)
        {
            return false;
        }

        var milliseconds = long.Parse(tokenId.AsSpan(0, 12), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        issuedAt = DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
        return true;
    }
}
