using System.Security.Cryptography;
using System.Text;

namespace Cashless.WebApi.Auth;

/// <summary>
/// One-time reset codes: 12 characters from an alphabet without look-alikes (about 59 bits), shown as
/// <c>XXXX-XXXX-XXXX</c>; read back ignoring case, spaces and dashes. Only their SHA-256 digest is kept.
/// </summary>
public static class PasswordResetCodes
{
    public const int Length = 12;
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New()
    {
        var code = RandomNumberGenerator.GetString(Alphabet, Length);
        return $"{code[..4]}-{code[4..8]}-{code[8..]}";
    }

    public static byte[] Digest(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var bare = new string([.. code.Where(c => c != '-' && !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant)]);
        return SHA256.HashData(Encoding.UTF8.GetBytes(bare));
    }
}
