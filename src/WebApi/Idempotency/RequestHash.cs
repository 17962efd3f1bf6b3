using System.Security.Cryptography;
using System.Text;

namespace Cashless.WebApi.Idempotency;

/// <summary>SHA-256 of method, path and body bytes: what "the same request" means for an idempotency key.</summary>
public static class RequestHash
{
    public static string Compute(string method, string path, ReadOnlySpan<byte> body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(method));
        hash.AppendData("\n"u8);
        hash.AppendData(Encoding.UTF8.GetBytes(path));
        hash.AppendData("\n"u8);
        hash.AppendData(body);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
