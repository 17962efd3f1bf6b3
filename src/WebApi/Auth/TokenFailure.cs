using Microsoft.IdentityModel.Tokens;

namespace Cashless.WebApi.Auth;

/// <summary>Why a presented token was refused: one of the four details the contract allows for <c>invalid_token</c>.</summary>
public static class TokenFailure
{
    public const string InvalidSignature = "invalid signature";
    public const string Expired = "jwt expired";
    public const string Revoked = "token revoked";
    public const string Malformed = "malformed token";

    private static readonly object ItemKey = new();

    public static string Classify(Exception exception) => exception switch
    {
        SecurityTokenExpiredException => Expired,
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException
            or SecurityTokenInvalidAlgorithmException => InvalidSignature,
        _ => Malformed,
    };

    public static void Set(HttpContext http, string reason)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Items[ItemKey] = reason;
    }

    public static string? Get(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Items.TryGetValue(ItemKey, out var reason) ? reason as string : null;
    }
}
