using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Auth;

/// <summary>
/// Password hashing with ASP.NET Core Identity's PBKDF2 hasher, run in the web tier so a login storm never occupies a
/// grain's turn, on one low-priority thread per core (<see cref="HashingThreads"/>): a storm queues there and takes
/// only the CPU that payments leave, and a burst of sign-ups on an idle front uses every core (decision 0008's note). <see cref="VerifyNothingAsync"/> spends the same time for an unknown
/// e-mail as for a wrong password. The queue is bounded (<c>PasswordHashing:QueueLimit</c>).
/// </summary>
public sealed class PasswordService : IDisposable
{
    private readonly PasswordHasher<PasswordService> _hasher;
    private readonly Lazy<string> _dummyHash;
    private readonly HashingThreads _threads;

    public PasswordService(IOptions<PasswordHasherOptions> options, IOptions<PasswordHashingOptions> queue)
    {
        ArgumentNullException.ThrowIfNull(queue);
        _threads = new HashingThreads(Environment.ProcessorCount, queue.Value.QueueLimit);
        _hasher = new PasswordHasher<PasswordService>(options);
        _dummyHash = new Lazy<string>(() => _hasher.HashPassword(this, Convert.ToHexString(Guid.NewGuid().ToByteArray())));
    }

    public Task<string> HashAsync(string password, CancellationToken ct) =>
        _threads.RunAsync(() => _hasher.HashPassword(this, password), ct);

    public Task<PasswordVerificationResult> VerifyAsync(string hash, string password, CancellationToken ct) =>
        _threads.RunAsync(() => _hasher.VerifyHashedPassword(this, hash, password), ct);

    /// <summary>Always <see cref="PasswordVerificationResult.Failed"/>, after as much work as a real check.</summary>
    public async Task<PasswordVerificationResult> VerifyNothingAsync(string password, CancellationToken ct)
    {
        await _threads.RunAsync(() => _hasher.VerifyHashedPassword(this, _dummyHash.Value, password), ct);
        return PasswordVerificationResult.Failed;
    }

    public void Dispose() => _threads.Dispose();
}
