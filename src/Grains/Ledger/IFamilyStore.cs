using Cashless.Grains.Interfaces.Accounts;

namespace Cashless.Grains.Ledger;

/// <summary>
/// Families: the rules guardians set on a student's wallet, the one-time codes a student hands to a guardian, and the
/// links between guardians and students.
/// </summary>
public interface IFamilyStore
{
    /// <summary>The wallet's rules; <see cref="WalletRules.None"/> when none were ever set.</summary>
    Task<WalletRules> GetWalletRulesAsync(string accountId, CancellationToken ct = default);

    Task SaveWalletRulesAsync(string accountId, WalletRules rules, DateTimeOffset at, CancellationToken ct = default);

    Task SaveLinkCodeAsync(LinkCodeRecord code, CancellationToken ct = default);

    /// <summary>How many link codes were made for the student since <paramref name="since"/> (the rate limit).</summary>
    Task<int> CountLinkCodesSinceAsync(string studentId, DateTimeOffset since, CancellationToken ct = default);

    /// <summary>
    /// Uses the code and links the guardian to its student in one transaction: the student's id, or null when no
    /// unused, unexpired code has this hash. Of two guardians redeeming one code at once, exactly one gets the link.
    /// </summary>
    Task<string?> RedeemLinkCodeAsync(string codeHash, string guardianId, DateTimeOffset now, CancellationToken ct = default);

    /// <summary>Links the guardian to the student (an admin's link, without a code); linking them again changes nothing.</summary>
    Task LinkGuardianAsync(string guardianId, string studentId, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>The links of a student (<paramref name="studentId"/>) or of a guardian (<paramref name="guardianId"/>), oldest first.</summary>
    Task<IReadOnlyList<GuardianLink>> ListGuardianLinksAsync(string? guardianId, string? studentId, CancellationToken ct = default);

    /// <summary>False when there was no such link.</summary>
    Task<bool> RemoveGuardianLinkAsync(string guardianId, string studentId, CancellationToken ct = default);
}
