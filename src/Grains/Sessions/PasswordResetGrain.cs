using System.Security.Cryptography;
using Cashless.Grains.Interfaces.Sessions;

namespace Cashless.Grains.Sessions;

internal sealed class PasswordResetGrain(TimeProvider clock) : Grain, IPasswordResetGrain
{
    /// <summary>Wrong codes tried against one issued code before it is voided.</summary>
    internal const int MaxMisses = 5;

    private byte[]? _digest;
    private DateTimeOffset _expiresAt;
    private int _misses;

    public Task Issue(byte[] codeDigest, DateTimeOffset expiresAt)
    {
        _digest = codeDigest;
        _expiresAt = expiresAt;
        _misses = 0;
        return Task.CompletedTask;
    }

    public Task<bool> Redeem(byte[] codeDigest)
    {
        if (_digest is null || clock.GetUtcNow() >= _expiresAt)
        {
            _digest = null;
            return Task.FromResult(false);
        }

        if (!CryptographicOperations.FixedTimeEquals(_digest, codeDigest))
        {
            if (++_misses >= MaxMisses)
            {
                _digest = null;
            }

            return Task.FromResult(false);
        }

        _digest = null;
        DeactivateOnIdle();
        return Task.FromResult(true);
    }
}
