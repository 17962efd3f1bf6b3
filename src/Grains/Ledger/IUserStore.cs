using Cashless.Grains.Interfaces.Accounts;

namespace Cashless.Grains.Ledger;

public interface IUserStore
{
    /// <summary>Creates the user and its empty account in one transaction. False when the e-mail is taken.</summary>
    Task<bool> CreateUserAsync(UserRecord user, CancellationToken ct = default);

    Task<UserRecord?> FindUserByEmailAsync(string email, CancellationToken ct = default);

    Task<UserRecord?> GetUserAsync(string userId, CancellationToken ct = default);

    Task<Page<UserRecord>> SearchUsersAsync(UserQuery query, CancellationToken ct = default);

    Task UpdatePasswordHashAsync(string userId, string passwordHash, CancellationToken ct = default);

    /// <summary>Sets the role of the user and of its account (called by the account grain only).</summary>
    Task UpdateUserRoleAsync(string userId, AccountRole role, CancellationToken ct = default);
}
