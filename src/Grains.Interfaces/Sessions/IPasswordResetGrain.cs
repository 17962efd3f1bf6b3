namespace Cashless.Grains.Interfaces.Sessions;

/// <summary>
/// The one outstanding password-reset code of a user (keyed by user id), held as a SHA-256 digest: single use, with an
/// expiry and a few tries. Kept in memory only: a silo restart voids it, and the admin issues another.
/// </summary>
[Alias("Cashless.IPasswordResetGrain")]
public interface IPasswordResetGrain : IGrainWithStringKey
{
    /// <summary>Replaces any earlier code.</summary>
    [Alias("Issue")]
    Task Issue(byte[] codeDigest, DateTimeOffset expiresAt);

    /// <summary>True once for the right code before it expires; the code is then gone, as it is after too many misses.</summary>
    [Alias("Redeem")]
    Task<bool> Redeem(byte[] codeDigest);
}
