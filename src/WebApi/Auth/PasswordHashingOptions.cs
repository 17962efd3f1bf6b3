using System.ComponentModel.DataAnnotations;

namespace Cashless.WebApi.Auth;

/// <summary>The hashing queue, bound from "PasswordHashing" (the cost of one hash is <c>PasswordHasher:IterationCount</c>).</summary>
public sealed class PasswordHashingOptions
{
    public const string Section = "PasswordHashing";

    /// <summary>Hashes that may wait for a hashing thread; one more is refused with 503 <c>overloaded</c>.</summary>
    [Range(1, 100_000)]
    public int QueueLimit { get; set; } = 64;
}
