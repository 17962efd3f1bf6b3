namespace Cashless.Grains.Ledger;

public interface IUserStore
{
    /// <summary>Creates the user and its empty account in one transaction. False when the e-mail is taken.</summary>
    Task<bool> CreateUserAsync(UserRecord user, CancellationToken ct = default);

    Task<UserRecord?> FindUserByEmailAsync(string email, CancellationToken ct = default);

    Task<UserRecord?> GetUserAsync(string userId, CancellationToken ct = default);

    Task<Page<UserRecord>> SearchUsersAsync(UserQuery query, CancellationToken ct = default);

    Task UpdatePasswordHashAsync(string userId, string passwordHash, CancellationToken ct = default);
}
