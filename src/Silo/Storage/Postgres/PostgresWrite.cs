using Cashless.Grains.Ledger;
using Npgsql;

namespace Cashless.Silo.Storage.Postgres;

/// <summary>
/// The statements of one write. A write is refused whole (a conflict) when a statement breaks a constraint, or when a
/// conditional statement (<see cref="WriteStatement.RefusedUnlessOneRow"/>) touches any other number of rows. The
/// writer may send a write more than once (again after its batch was refused whole, or after a conflict earlier in its
/// round was undone), each time as fresh commands. An account commit also keeps the commit itself, so a clean batch
/// can send it merged with the batch's other commits (<see cref="PostgresBatchStatements"/>).
/// </summary>
internal sealed class PostgresWrite
{
    private readonly List<WriteStatement> _statements = [];
    private NpgsqlBatchCommand[] _sent = [];

    public PostgresWrite()
    {
    }

    public PostgresWrite(AccountCommit commit)
    {
        Commit = commit;
        _statements.AddRange(RelationalWrites.Of(commit));
    }

    /// <summary>The account commit this write is, or null for any other write.</summary>
    public AccountCommit? Commit { get; }

    public PostgresWrite Add(string sql, params object?[] values)
    {
        _statements.Add(new WriteStatement(new StoreStatement(sql, values)));
        return this;
    }

    public PostgresWrite Add(IEnumerable<WriteStatement> statements)
    {
        _statements.AddRange(statements);
        return this;
    }

    /// <summary>Adds this write's own statements to <paramref name="batch"/>, as fresh commands.</summary>
    public void AppendTo(NpgsqlBatch batch)
    {
        _sent = _statements.Select(statement => PostgresSql.Statement(statement.Statement.Sql, statement.Statement.Values)).ToArray();
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
        _statements.Select((statement, i) => statement.RefusedUnlessOneRow is null || _sent[i].RecordsAffected == 1).All(held => held);
}
