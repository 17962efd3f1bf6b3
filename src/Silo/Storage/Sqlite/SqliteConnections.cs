using Microsoft.Data.Sqlite;

namespace Cashless.Silo.Storage.Sqlite;

internal static class SqliteConnections
{
    /// <summary>Made once: the writer binds every statement of every write by these names.</summary>
    private static readonly string[] ParameterNames = [.. Enumerable.Range(1, 32).Select(i => $"${i}")];

    /// <summary>
    /// WAL lets readers run beside the writer; synchronous=FULL makes each commit durable before it returns. The
    /// WAL is checkpointed by <see cref="SqliteCheckpointer"/>; the writer's own automatic checkpoint is only a
    /// backstop at 64 MiB of WAL, and a WAL that grew is cut back to that size once it is reset.
    /// </summary>
    public static SqliteConnection OpenWriter(string connectionString)
    {
        var connection = Open(connectionString);
        Execute(connection,
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; "
            + "PRAGMA wal_autocheckpoint=16384; PRAGMA journal_size_limit=67108864;");
        return connection;
    }

    public static SqliteConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    /// <summary>A shared statement: its values bind to the parameters named <c>$1</c>, <c>$2</c>, ….</summary>
    public static SqliteCommand Command(SqliteConnection connection, StoreStatement statement) =>
        Command(connection, statement.Sql, Parameters(statement));

    /// <summary>The values of a shared statement, named <c>$1</c>, <c>$2</c>, ….</summary>
    public static (string Name, object? Value)[] Parameters(StoreStatement statement)
    {
        var values = statement.Values;
        var parameters = new (string Name, object? Value)[values.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = (i < ParameterNames.Length ? ParameterNames[i] : $"${i + 1}", values[i]);
        }

        return parameters;
    }
}
