using Npgsql;

namespace Cashless.Silo.Storage.Postgres;

/// <summary>
/// The statements of one write. A write is refused whole (a conflict) when a statement breaks a constraint, or when a
/// statement added with <see cref="AddExpectingOneRow"/> touches any other number of rows. The writer may send a
/// write more than once (again after its batch was refused whole, or after a conflict earlier in its round was
/// undone), each time as fresh commands.
/// </summary>
internal sealed class PostgresWrite
{
    private readonly List<(string Sql, object?[] Values, bool ExpectingOneRow)> _statements = [];
    private NpgsqlBatchCommand[] _sent = [];

    public PostgresWrite Add(string sql, params object?[] values)
    {
        _statements.Add((sql, values, false));
        return this;
    }

    /// <summary>A conditional update (a version or state check in its WHERE) that must find its one row.</summary>
    public PostgresWrite AddExpectingOneRow(string sql, params object?[] values)
    {
        _statements.Add((sql, values, true));
        return this;
    }

    public void AppendTo(NpgsqlBatch batch)
    {
        _sent = _statements.Select(statement => PostgresSql.Statement(statement.Sql, statement.Values)).ToArray();
        foreach (var command in _sent)
        {
            batch.BatchCommands.Add(command);
        }
    }

    /// <summary>Whether <paramref name="command"/> is one of this write's statements as last sent.</summary>
    public bool Sent(NpgsqlBatchCommand command) => Array.IndexOf(_sent, command) >= 0;

    /// <summary>
    /// After the write committed: how many rows statement <paramref name="statement"/> touched. The last sending is the
    /// one that was kept (an earlier one was undone), so its count is the committed one.
    /// </summary>
    public int RecordsAffected(int statement) => _sent[statement].RecordsAffected;

    /// <summary>After the last sending ran through: whether every row-count precondition held.</summary>
    public bool PreconditionsHeld() =>
        _statements.Select((statement, i) => !statement.ExpectingOneRow || _sent[i].RecordsAffected == 1).All(held => held);
}
