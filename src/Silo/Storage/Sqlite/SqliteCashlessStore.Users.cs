using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;
using Microsoft.Data.Sqlite;

namespace Cashless.Silo.Storage.Sqlite;

internal sealed partial class SqliteCashlessStore
{
    public Task<bool> CreateUserAsync(UserRecord user, CancellationToken ct = default) => CreateUserAsync(user, also: null);

    /// <summary>The user and its account, and whatever <paramref name="also"/> writes, in one transaction.</summary>
    private Task<bool> CreateUserAsync(UserRecord user, Action<SqliteConnection>? also) =>
        _writer.Write(connection =>
        {
            var at = ToUnixMs(user.CreatedAt);
            using var insertUser = SqliteConnections.Command(connection,
                "INSERT INTO users (id, name, email, password_hash, role, created_at) VALUES ($id, $name, $email, $hash, $role, $at)",
                ("$id", user.Id), ("$name", user.Name), ("$email", user.Email.ToLowerInvariant()), ("$hash", user.PasswordHash),
                ("$role", (int)user.Role), ("$at", at));
            insertUser.ExecuteNonQuery();
            using var insertAccount = SqliteConnections.Command(connection,
                "INSERT INTO accounts (id, role, status, updated_at) VALUES ($id, $role, $status, $at)",
                ("$id", user.Id), ("$role", (int)user.Role), ("$status", (int)user.Status), ("$at", at));
            insertAccount.ExecuteNonQuery();
            also?.Invoke(connection);
            return true;
        }, onConflict: false);

    public Task<UserRecord?> FindUserByEmailAsync(string email, CancellationToken ct = default) =>
        ReadUser("u.email = $key", email.ToLowerInvariant());

    public Task<UserRecord?> GetUserAsync(string userId, CancellationToken ct = default) =>
        ReadUser("u.id = $key", userId);

    public Task<Page<UserRecord>> SearchUsersAsync(UserQuery query, CancellationToken ct = default)
    {
        using var connection = OpenReader();
        using var command = SqliteConnections.Command(connection,
            $"""
            SELECT {StoreRows.UserColumns} FROM users u JOIN accounts a ON a.id = u.id
            WHERE ($text IS NULL OR instr(lower(u.name), $text) > 0 OR instr(u.email, $text) > 0)
              AND ($role IS NULL OR u.role = $role)
              AND ($before IS NULL OR u.id < $before)
            ORDER BY u.id DESC LIMIT $limit
            """,
            ("$text", string.IsNullOrWhiteSpace(query.Text) ? null : query.Text.Trim().ToLowerInvariant()),
            ("$role", query.Role is { } role ? (int)role : null), ("$before", query.Page.Before), ("$limit", query.Page.Limit + 1));
        var users = ReadAll(command, StoreRows.User);
        return Task.FromResult(Paging.Cut(users, query.Page.Limit, u => u.Id));
    }

    public Task UpdatePasswordHashAsync(string userId, string passwordHash, CancellationToken ct = default) =>
        _writer.Write(connection =>
        {
            using var update = SqliteConnections.Command(connection,
                "UPDATE users SET password_hash = $hash WHERE id = $id", ("$hash", passwordHash), ("$id", userId));
            return update.ExecuteNonQuery();
        }, onConflict: 0);

    public Task UpdateUserRoleAsync(string userId, AccountRole role, CancellationToken ct = default) =>
        _writer.Write(connection =>
        {
            using var users = SqliteConnections.Command(connection,
                "UPDATE users SET role = $role WHERE id = $id", ("$role", (int)role), ("$id", userId));
            users.ExecuteNonQuery();
            using var accounts = SqliteConnections.Command(connection,
                "UPDATE accounts SET role = $role WHERE id = $id", ("$role", (int)role), ("$id", userId));
            return accounts.ExecuteNonQuery();
        }, onConflict: 0);

    private Task<UserRecord?> ReadUser(string condition, string key)
    {
        using var connection = OpenReader();
        using var command = SqliteConnections.Command(connection,
            $"SELECT {StoreRows.UserColumns} FROM users u JOIN accounts a ON a.id = u.id WHERE {condition}", ("$key", key));
        return Task.FromResult(ReadAll(command, StoreRows.User).FirstOrDefault());
    }

    private static List<T> ReadAll<T>(SqliteCommand command, Func<SqliteDataReader, T> map)
    {
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
