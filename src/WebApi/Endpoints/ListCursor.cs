using System.Buffers.Text;
using System.Text;

namespace Cashless.WebApi.Endpoints;

/// <summary>
/// The API's list cursors wrap the store's own: a client can only hand back what it was given, and anything else
/// is a 400 instead of a silently empty page.
/// </summary>
public static class ListCursor
{
    private const string Prefix = "c1.";

    public static string? Wrap(string? storeCursor) =>
        storeCursor is null ? null : Prefix + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(storeCursor));

    public static bool TryUnwrap(string cursor, out string storeCursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        storeCursor = string.Empty;
        if (!cursor.StartsWith(Prefix, StringComparison.Ordinal) || !Base64Url.IsValid(cursor.AsSpan(Prefix.Length)))
        {
            return false;
        }

        try
        {
            storeCursor = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Base64Url.DecodeFromChars(cursor.AsSpan(Prefix.Length)));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        return storeCursor.Length > 0;
    }
}
