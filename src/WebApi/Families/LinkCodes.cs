using System.Security.Cryptography;
using System.Text;
using Cashless.Grains.Ledger;
using Cashless.WebApi.Contracts;

namespace Cashless.WebApi.Families;

/// <summary>
/// One-time link codes: ten characters of Crockford's base-32 (50 random bits, shown as two groups of five), of which
/// the store keeps only the SHA-256, so a stolen database links nobody. Redeeming ignores case, dashes and spaces.
/// </summary>
public static class LinkCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Length = 10;

    /// <summary>Makes and stores a code for the student, or null when the student had as many as allowed in the last 24 hours.</summary>
    public static async Task<LinkCodeResponse?> IssueAsync(
        IFamilyStore store, string studentId, string createdBy, DateTimeOffset now, FamilyOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        if (await store.CountLinkCodesSinceAsync(studentId, now - TimeSpan.FromDays(1), ct) >= options.MaxLinkCodesPerDay)
        {
            return null;
        }

        var code = RandomNumberGenerator.GetString(Alphabet, Length);
        var expiresAt = now + options.LinkCodeLifetime;
        await store.SaveLinkCodeAsync(new LinkCodeRecord(Hash(code), studentId, createdBy, now, expiresAt), ct);
        return new LinkCodeResponse($"{code[..5]}-{code[5..]}", studentId, ApiTime.Of(expiresAt));
    }

    /// <summary>The stored hash of what a guardian typed.</summary>
    public static string Hash(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var normalized = new string(typed.Where(c => c != '-' && !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant).ToArray());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}
