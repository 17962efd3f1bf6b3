using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Auth;

/// <summary>
/// Password hashing with ASP.NET Core Identity's PBKDF2 hasher, run in the web tier so a login storm never occupies a
/// grain's turn. <see cref="VerifyNothing"/> spends the same time for an unknown e-mail as for a wrong password.
/// </summary>
public sealed class PasswordService
{
    private readonly PasswordHasher<PasswordService> _hasher;
    private readonly Lazy<string> _dummyHash;

    public PasswordService(IOptions<PasswordHasherOptions> options)
    {
        _hasher = new PasswordHasher<PasswordService>(options);
        _dummyHash = new Lazy<string>(() => Hash(Convert.ToHexString(Guid.NewGuid().ToByteArray())));
    }

    public string Hash(string password) => _hasher.HashPassword(this, password);

    public PasswordVerificationResult Verify(string hash, string password) =>
        _hasher.VerifyHashedPassword(this, hash, password);

    public void VerifyNothing(string password) => _hasher.VerifyHashedPassword(this, _dummyHash.Value, password);
}
