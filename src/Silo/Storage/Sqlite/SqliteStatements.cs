using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Cashless.Silo.Storage.Sqlite;

/// <summary>
/// Commands kept prepared per connection and SQL text, for the writer's connection. Microsoft.Data.Sqlite keeps a
/// statement compiled only while its command lives, so a fresh command per write made the single writer thread
/// parse and plan every statement of every write again (five to eight per step of a payment, savepoints included).
/// The commands are not disposed by their users; they live as long as the connection, which finalizes them on
/// close. Only for a connection used by one thread at a time, and for SQL whose text is one of a small fixed set:
/// values are parameters (the one text that varies, a top-up move's list of expected statuses, has a few forms).
/// </summary>
internal static class SqliteStatements
{
    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, SqliteCommand>> Prepared = new();

    /// <summary>The command for <paramref name="sql"/> on <paramref name="connection"/>, bound to these values.</summary>
    public static SqliteCommand Bound(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var commands = Prepared.GetOrCreateValue(connection);
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            commands.Add(sql, command);
        }

        if (!SameNames(command.Parameters, parameters))
        {
            command.Parameters.Clear();
            foreach (var (name, _) in parameters)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }
        }

        // The kept parameters take the new values: a new parameter object per value per write was garbage on the writer.
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        }

        return command;
    }

    private static bool SameNames(SqliteParameterCollection kept, (string Name, object? Value)[] parameters)
    {
        if (kept.Count != parameters.Length)
        {
            return false;
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            if (!string.Equals(kept[i].ParameterName, parameters[i].Name, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Runs <paramref name="sql"/> (no parameters) through its kept command.</summary>
    public static void Execute(SqliteConnection connection, string sql) => Bound(connection, sql).ExecuteNonQuery();
}
