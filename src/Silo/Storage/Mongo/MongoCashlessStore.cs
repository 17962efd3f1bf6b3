using Cashless.Grains.Ledger;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Cashless.Silo.Storage.Mongo;

/// <summary>
/// The MongoDB store: one database (a replica set, even of one node, for its multi-document transactions) shared by
/// every silo. Each write that spans documents (a commit, a new user, record changes) is one transaction that the
/// driver retries on a transient error and whose commit it retries on an unknown result; a refused precondition, a
/// duplicate key or a validator's refusal aborts it whole and answers a conflict. Reads that must agree with each
/// other (an account and the sum of its entries, the totals) run in one snapshot transaction. There is no group
/// commit: MongoDB has no savepoints, so one refused commit would undo a whole batch; each commit is its own transaction.
/// </summary>
internal sealed partial class MongoCashlessStore : ICashlessStore, IAsyncDisposable
{
    public const string DefaultDatabase = "cashless";

    /// <summary>
    /// Majority-durable commits, and reads from one snapshot. The commit's majority write concern makes "committed"
    /// mean "survives the loss of the primary".
    /// </summary>
    private static readonly TransactionOptions Transaction = new(
        readConcern: ReadConcern.Snapshot, readPreference: ReadPreference.Primary, writeConcern: WriteConcern.WMajority);

    private readonly MongoClient _client;
    private readonly IMongoDatabase _database;

    /// <summary>The database is <paramref name="databaseName"/>, else the one the connection string names, else "cashless".</summary>
    public MongoCashlessStore(string connectionString, string? databaseName = null)
    {
        var url = MongoUrl.Create(connectionString);
        var settings = MongoClientSettings.FromUrl(url);
        // Writes outside transactions (sessions, idempotency, read marks) are as durable as the commits.
        settings.WriteConcern = WriteConcern.WMajority;
        settings.ReadPreference = ReadPreference.Primary;
        _client = new MongoClient(settings);
        _database = _client.GetDatabase(databaseName ?? url.DatabaseName ?? DefaultDatabase);
    }

    public string DatabaseName => _database.DatabaseNamespace.DatabaseName;

    /// <summary>No queue of its own: each write is its own transaction on the server, so the callers wait, not a queue.</summary>
    public bool HasRoom => true;

    public Task InitializeAsync(CancellationToken ct = default) => MongoSchema.ApplyAsync(_database, ct);

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    private IMongoCollection<BsonDocument> Collection(string name) => _database.GetCollection<BsonDocument>(name);

    /// <summary>Runs <paramref name="writes"/> in one transaction: true when committed, false when refused (nothing written).</summary>
    private async Task<bool> TryWriteAsync(IReadOnlyList<MongoWrite> writes, CancellationToken ct)
    {
        if (writes.Count == 0)
        {
            return true;
        }

        using var session = await _client.StartSessionAsync(cancellationToken: ct);
        try
        {
            // The callback never swallows an error (the driver must see it to abort or retry): a conflict leaves it
            // as an exception and is told apart here, after the transaction was aborted.
            return await session.WithTransactionAsync(
                async (s, token) =>
                {
                    await MongoWriteRunner.RunAsync(_database, s, writes, token);
                    return true;
                },
                Transaction, ct);
        }
        catch (Exception failure) when (MongoConflicts.IsConflict(failure))
        {
            return false;
        }
    }

    /// <summary>Runs <paramref name="read"/> in one snapshot transaction: everything it reads is of one moment.</summary>
    private async Task<T> ReadSnapshotAsync<T>(Func<IClientSessionHandle, CancellationToken, Task<T>> read, CancellationToken ct)
    {
        using var session = await _client.StartSessionAsync(cancellationToken: ct);
        return await session.WithTransactionAsync(read, Transaction, ct);
    }

    private async Task<List<T>> FindAsync<T>(
        string collection, MongoFind find, Func<BsonDocument, T> map, CancellationToken ct, IClientSessionHandle? session = null)
    {
        var cursor = session is null ? Collection(collection).Find(find.Filter) : Collection(collection).Find(session, find.Filter);
        if (find.Sort is not null)
        {
            cursor = cursor.Sort(find.Sort);
        }

        if (find.Limit is { } limit)
        {
            cursor = cursor.Limit(limit);
        }

        var documents = await cursor.ToListAsync(ct);
        return documents.ConvertAll(document => map(document));
    }

    private async Task<T?> FindByIdAsync<T>(string collection, string id, Func<BsonDocument, T> map, CancellationToken ct)
        where T : class =>
        (await FindAsync(collection, new MongoFind(MongoQueries.ById(id)), map, ct)).FirstOrDefault();

    private async Task<List<T>> AggregateAsync<T>(
        string collection, BsonDocument[] pipeline, Func<BsonDocument, T> map, CancellationToken ct, IClientSessionHandle? session = null)
    {
        var definition = PipelineDefinition<BsonDocument, BsonDocument>.Create(pipeline);
        using var cursor = session is null
            ? await Collection(collection).AggregateAsync(definition, cancellationToken: ct)
            : await Collection(collection).AggregateAsync(session, definition, cancellationToken: ct);
        var documents = await cursor.ToListAsync(ct);
        return documents.ConvertAll(document => map(document));
    }

    /// <summary>The one document a <c>$group</c> over the whole collection yields, or null for an empty collection.</summary>
    private async Task<BsonDocument?> AggregateOneAsync(string collection, BsonDocument[] pipeline, IClientSessionHandle session, CancellationToken ct) =>
        (await AggregateAsync(collection, pipeline, document => document, ct, session)).SingleOrDefault();
}
