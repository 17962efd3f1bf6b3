using Cashless.Grains.Interfaces.Accounts;

namespace Cashless.Grains.Ledger;

/// <summary>A user as stored. <see cref="Email"/> is kept lower-cased, so look-ups are case-insensitive.</summary>
public sealed record UserRecord(
    string Id,
    string Name,
    string Email,
    string PasswordHash,
    AccountRole Role,
    AccountStatus Status,
    DateTimeOffset CreatedAt);
