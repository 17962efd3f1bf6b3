using System.Data.Common;
using Npgsql;

namespace Cashless.Silo.Storage.Postgres;

/// <summary>
/// Commands with positional parameters ($1, $2, …): sent as written, no SQL rewriting. A null value is sent untyped,
/// so the server infers its type from where it stands (write <c>$1::text IS NULL</c> where nothing else says it).
/// </summary>
internal static class PostgresSql
{
    public static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params object?[] values)
    {
        var command = new NpgsqlCommand(sql, connection);
        Bind(command.Parameters, values);
        return command;
    }

    public static NpgsqlBatchCommand Statement(string sql, params object?[] values)
    {
        var statement = new NpgsqlBatchCommand(sql);
        Bind(statement.Parameters, values);
        return statement;
    }

    /// <summary>Runs one query on a pooled connection and maps every row.</summary>
    public static async Task<List<T>> QueryAsync<T>(
        NpgsqlDataSource source, string sql, Func<DbDataReader, T> map, CancellationToken ct, params object?[] values)
    {
        await using var command = source.CreateCommand(sql);
        Bind(command.Parameters, values);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await ReadAllAsync(reader, map, ct);
    }

    public static async Task<List<T>> ReadAllAsync<T>(NpgsqlDataReader reader, Func<DbDataReader, T> map, CancellationToken ct)
    {
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static void Bind(NpgsqlParameterCollection parameters, object?[] values)
    {
        foreach (var value in values)
        {
            parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }
    }
}
