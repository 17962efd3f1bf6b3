using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Ledger;
using Npgsql;

namespace Cashless.Silo.Storage.Postgres;

/// <summary>
/// How a batch is sent when it is expected to commit whole (no savepoints): the account commits merged into one
/// statement per table (their columns bound as arrays and unnested: the entries, the status changes, the payments
/// created, the payments moved), then the commits' other record changes and the batch's other writes as each write
/// has them, in order. So a batch of n payments is a handful of statements instead of three per write, each parsed
/// and planned once.
/// </summary>
/// <remarks>
/// The entries' key refuses a commit whose sequences another writer took (decision 0010), and every merged statement
/// counts its rows: the batch commits only when every status change found its account and every payment move found
/// its payment in its From state (a batch holding two moves of one payment misses a row). Otherwise the writer rolls
/// the batch back and writes it write by write, where each write's own statements say which one is refused. A batch that commits is therefore one
/// order of its writes in which every check held and every constraint was met. A payment created and moved within
/// the batch (the debit and the credit side by side, 0007) is inserted already moved: its move's precondition is the
/// creating write's own row, in the same all-or-nothing transaction; PostgreSQL then stores one row version and its
/// index entries instead of two.
/// </remarks>
internal sealed class PostgresBatchStatements
{
    private const string StatusUpdate =
        """
        UPDATE accounts a SET status = v.status, updated_at = v.at
        FROM unnest($1::text[], $2::smallint[], $3::bigint[]) AS v(id, status, at)
        WHERE a.id = v.id
        """;

    private const string EntriesInsert =
        $"""
        INSERT INTO entries ({StoreRows.EntryColumns})
        SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::smallint[], $5::bigint[], $6::bigint[], $7::text[], $8::text[],
            $9::text[], $10::bigint[])
        """;

    private const string PaymentsInsert =
        $"""
        INSERT INTO payments ({StoreRows.PaymentColumns}, updated_at)
        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::text[], $6::smallint[], $7::bigint[], $8::bigint[])
        """;

    private const string PaymentsMove =
        """
        UPDATE payments p SET state = v.to_state, updated_at = v.at
        FROM unnest($1::text[], $2::smallint[], $3::smallint[], $4::bigint[]) AS v(id, from_state, to_state, at)
        WHERE p.id = v.id AND p.state = v.from_state
        """;

    private readonly List<(StoreStatement Statement, int ExpectedRows)> _merged = [];
    private readonly List<WriteStatement> _commitsOwn = [];
    private readonly List<PostgresWrite> _others;
    private readonly List<(NpgsqlBatchCommand Command, int? ExpectedRows)> _sent = [];

    public PostgresBatchStatements(IReadOnlyList<PostgresWrite> writes)
    {
        var commits = writes.Select(write => write.Commit).OfType<AccountCommit>().ToList();
        _others = writes.Where(write => write.Commit is null).ToList();
        if (commits.Count == 0)
        {
            return;
        }

        AddEntries(commits.SelectMany(c => c.Entries).ToList());
        AddStatusChanges(commits.Where(c => c.ChangesStatus).ToList());
        AddPayments(commits.SelectMany(c => c.Changes));
    }

    /// <summary>Adds the batch's statements to <paramref name="batch"/>, as fresh commands.</summary>
    public void AppendTo(NpgsqlBatch batch)
    {
        _sent.Clear();
        foreach (var (statement, expectedRows) in _merged)
        {
            Send(batch, statement, expectedRows);
        }

        foreach (var (statement, refusedUnlessOneRow) in _commitsOwn)
        {
            Send(batch, statement, refusedUnlessOneRow is null ? null : 1);
        }

        _others.ForEach(write => write.AppendTo(batch));
    }

    /// <summary>Whether <paramref name="command"/> is one of the statements last sent.</summary>
    public bool Sent(NpgsqlBatchCommand command) => _sent.Exists(sent => sent.Command == command) || _others.Exists(write => write.Sent(command));

    /// <summary>After the batch ran through: whether every row count came out as its writes expect.</summary>
    public bool PreconditionsHeld() =>
        _sent.TrueForAll(sent => sent.ExpectedRows is not { } expected || sent.Command.RecordsAffected == expected)
        && _others.TrueForAll(write => write.PreconditionsHeld());

    private void Send(NpgsqlBatch batch, StoreStatement statement, int? expectedRows)
    {
        var command = PostgresSql.Statement(statement.Sql, statement.Values);
        batch.BatchCommands.Add(command);
        _sent.Add((command, expectedRows));
    }

    private void AddEntries(List<JournalEntry> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        _merged.Add((new StoreStatement(EntriesInsert,
            entries.Select(e => e.AccountId).ToArray(), entries.Select(e => e.Sequence).ToArray(),
            entries.Select(StoreRows.StoredOperationId).ToArray(), entries.Select(e => (short)e.Kind).ToArray(),
            entries.Select(e => e.Amount.Rupiah).ToArray(), entries.Select(e => e.BalanceAfter.Rupiah).ToArray(),
            entries.Select(e => e.Counterparty).ToArray(), entries.Select(e => e.Reference).ToArray(),
            entries.Select(e => e.Description).ToArray(), entries.Select(e => e.CreatedAt.ToUnixTimeMilliseconds()).ToArray()),
            entries.Count));
    }

    /// <summary>A batch holding two status changes of one account (two writers) misses a row and falls back write by write.</summary>
    private void AddStatusChanges(List<AccountCommit> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }

        _merged.Add((new StoreStatement(StatusUpdate,
            changes.Select(c => c.AccountId).ToArray(), changes.Select(c => (short)c.Status).ToArray(),
            changes.Select(c => c.At.ToUnixTimeMilliseconds()).ToArray()), changes.Count));
    }

    /// <summary>Payments created and moved go to their merged statements (a move of one created here folded in); the rest as written.</summary>
    private void AddPayments(IEnumerable<RecordChange> changes)
    {
        var created = new List<PaymentRow>();
        var byId = new Dictionary<string, PaymentRow>(StringComparer.Ordinal);
        var moves = new List<PaymentMoved>();
        foreach (var change in changes)
        {
            switch (change)
            {
                case PaymentCreated create:
                    var inserted = new PaymentRow(create) { State = create.Payment.State, UpdatedAt = create.Payment.CreatedAt };
                    created.Add(inserted);
                    byId.TryAdd(create.Payment.Id, inserted);
                    break;
                case PaymentMoved move when byId.TryGetValue(move.PaymentId, out var folded) && folded.State == move.From:
                    (folded.State, folded.UpdatedAt) = (move.To, move.At);
                    break;
                case PaymentMoved move:
                    moves.Add(move);
                    break;
                default:
                    _commitsOwn.AddRange(RelationalWrites.Of(change));
                    break;
            }
        }

        if (created.Count > 0)
        {
            _merged.Add((new StoreStatement(PaymentsInsert,
                created.Select(r => r.Created.Payment.Id).ToArray(), created.Select(r => r.Created.Payment.From).ToArray(),
                created.Select(r => r.Created.Payment.To).ToArray(), created.Select(r => r.Created.Payment.Amount.Rupiah).ToArray(),
                created.Select(r => r.Created.Payment.Description).ToArray(), created.Select(r => (short)r.State).ToArray(),
                created.Select(r => r.Created.Payment.CreatedAt.ToUnixTimeMilliseconds()).ToArray(),
                created.Select(r => r.UpdatedAt.ToUnixTimeMilliseconds()).ToArray()), created.Count));
        }

        if (moves.Count > 0)
        {
            _merged.Add((new StoreStatement(PaymentsMove,
                moves.Select(m => m.PaymentId).ToArray(), moves.Select(m => (short)m.From).ToArray(),
                moves.Select(m => (short)m.To).ToArray(), moves.Select(m => m.At.ToUnixTimeMilliseconds()).ToArray()), moves.Count));
        }
    }

    /// <summary>A payment row to insert, in the state its batch leaves it in.</summary>
    private sealed class PaymentRow(PaymentCreated created)
    {
        public PaymentCreated Created => created;

        public PaymentState State { get; set; }

        public DateTimeOffset UpdatedAt { get; set; }
    }
}
