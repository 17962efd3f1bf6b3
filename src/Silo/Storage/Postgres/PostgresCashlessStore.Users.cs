using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;

namespace Cashless.Silo.Storage.Postgres;

internal sealed partial class PostgresCashlessStore
{
    private const string UsersWithAccounts = $"SELECT {StoreRows.UserColumns} FROM users u JOIN accounts a ON a.id = u.id";

    public Task<bool> CreateUserAsync(UserRecord user, CancellationToken ct = default) => WriteAsync(NewUser(user));

    /// <summary>The user and its empty account.</summary>
    private static PostgresWrite NewUser(UserRecord user)
    {
        var at = ToUnixMs(user.CreatedAt);
        return new PostgresWrite()
            .Add("INSERT INTO users (id, name, email, password_hash, role, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
                user.Id, user.Name, user.Email.ToLowerInvariant(), user.PasswordHash, (short)user.Role, at)
            .Add("INSERT INTO accounts (id, role, status, updated_at) VALUES ($1, $2, $3, $4)",
                user.Id, (short)user.Role, (short)user.Status, at);
    }

    public Task<UserRecord?> FindUserByEmailAsync(string email, CancellationToken ct = default) =>
        QuerySingleAsync($"{UsersWithAccounts} WHERE u.email = $1", StoreRows.User, ct, email.ToLowerInvariant());

    public Task<UserRecord?> GetUserAsync(string userId, CancellationToken ct = default) =>
        QuerySingleAsync($"{UsersWithAccounts} WHERE u.id = $1", StoreRows.User, ct, userId);

    public async Task<Page<UserRecord>> SearchUsersAsync(UserQuery query, CancellationToken ct = default)
    {
        var users = await QueryAsync(
            $"""
            {UsersWithAccounts}
            WHERE ($1::text IS NULL OR strpos(lower(u.name), $1) > 0 OR strpos(u.email, $1) > 0)
              AND ($2::smallint IS NULL OR u.role = $2)
              AND ($3::text IS NULL OR u.id < $3)
            ORDER BY u.id DESC LIMIT $4
            """,
            StoreRows.User, ct,
            string.IsNullOrWhiteSpace(query.Text) ? null : query.Text.Trim().ToLowerInvariant(),
            query.Role is { } role ? (short)role : null, query.Page.Before, query.Page.Limit + 1);
        return Paging.Cut(users, query.Page.Limit, u => u.Id);
    }

    public Task UpdatePasswordHashAsync(string userId, string passwordHash, CancellationToken ct = default) =>
        WriteAsync(new PostgresWrite().Add("UPDATE users SET password_hash = $1 WHERE id = $2", passwordHash, userId));

    public Task UpdateUserRoleAsync(string userId, AccountRole role, CancellationToken ct = default) =>
        WriteAsync(new PostgresWrite()
            .Add("UPDATE users SET role = $1 WHERE id = $2", (int)role, userId)
            .Add("UPDATE accounts SET role = $1 WHERE id = $2", (int)role, userId));
}
