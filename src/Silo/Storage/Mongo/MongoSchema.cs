using MongoDB.Bson;
using MongoDB.Driver;

namespace Cashless.Silo.Storage.Mongo;

/// <summary>
/// The collections, their validators and indexes, as numbered migrations. Start-up applies the ones the database lacks
/// and records the version reached in one <c>schema_version</c> document. Every step is idempotent (a collection that
/// exists gets its validator again, an index that exists as specified is left alone), so silos starting at once may
/// run the same migration side by side and the version only moves forward (<c>$max</c>).
/// </summary>
internal static class MongoSchema
{
    public const string Users = "users";
    public const string Accounts = "accounts";
    public const string Entries = "entries";
    public const string Payments = "payments";
    public const string TopUps = "topups";
    public const string Withdrawals = "withdrawals";
    public const string Notifications = "notifications";
    public const string SessionCutoffs = "session_cutoffs";
    public const string RevokedTokens = "revoked_tokens";
    public const string Idempotency = "idempotency";
    public const string SchemaVersion = "schema_version";
    public const string Cashiers = "cashiers";
    public const string PaymentRequests = "payment_requests";
    public const string Refunds = "refunds";
    public const string WalletRules = "wallet_rules";
    public const string LinkCodes = "link_codes";
    public const string GuardianLinks = "guardian_links";

    private const string VersionDocumentId = "cashless";
    private const int NamespaceExists = 48;

    /// <summary>Version 1: every collection the store uses. Transactions cannot create collections on every server version, so all exist up front.</summary>
    public static readonly IReadOnlyList<MongoCollectionSpec> Collections =
    [
        new(Users, null, [new("users_by_email", Keys(("email", 1)), Unique: true)]),
        new(Accounts, Validator("balance", "$gte", 0), []),
        new(Entries, Validator("balance_after", "$gte", 0),
        [
            new("entries_by_account_seq", Keys(("account_id", 1), ("seq", 1)), Unique: true),
            new("entries_by_account_operation", Keys(("account_id", 1), ("operation_id", 1)), Unique: true),
            new("entries_by_account_time", Keys(("account_id", 1), ("created_at", 1), ("seq", 1))),
            new("entries_boundary_by_time", Keys(("created_at", 1)),
                PartialFilter: new BsonDocument("kind", new BsonDocument("$in", new BsonArray { 0, 4, 5, 6 }))),
        ]),
        new(Payments, Validator("amount", "$gt", 0),
        [
            new("payments_in_flight", Keys(("payer_id", 1), ("created_at", 1)), PartialFilter: new BsonDocument("state", 0)),
            new("payments_in_flight_by_time", Keys(("created_at", 1), ("_id", 1)), PartialFilter: new BsonDocument("state", 0)),
        ]),
        new(TopUps, Validator("amount", "$gt", 0),
        [
            new("topups_by_account", Keys(("account_id", 1), ("_id", 1))),
            new("topups_by_status", Keys(("status", 1), ("_id", 1))),
            new("topups_by_transfer_key", Keys(("transfer_key", 1), ("_id", 1)),
                PartialFilter: new BsonDocument("transfer_key", new BsonDocument("$type", "string"))),
        ]),
        new(Withdrawals, Validator("amount", "$gt", 0),
        [
            new("withdrawals_by_account", Keys(("account_id", 1), ("_id", 1))),
            new("withdrawals_by_status", Keys(("status", 1), ("_id", 1))),
        ]),
        new(Notifications, null,
        [
            new("notifications_by_user", Keys(("user_id", 1), ("_id", 1))),
            new("notifications_unread", Keys(("user_id", 1), ("read_at", 1), ("_id", 1))),
        ]),
        new(SessionCutoffs, null, []),
        new(RevokedTokens, null,
        [
            new("revoked_tokens_by_user", Keys(("user_id", 1), ("expires_at", 1))),
            new("revoked_tokens_by_expiry", Keys(("expires_at", 1))),
        ]),
        new(Idempotency, null, [new("idempotency_by_time", Keys(("created_at", 1)))]),
        new(SchemaVersion, null, []),
    ];

    /// <summary>Version 2: the till's collections (cashiers, payment requests, refund links).</summary>
    public static readonly IReadOnlyList<MongoCollectionSpec> TillCollections =
    [
        new(Cashiers, null, [new("cashiers_by_seller", Keys(("seller_id", 1)))]),
        new(PaymentRequests, Validator("amount", "$gt", 0), []),
        new(Refunds, Validator("amount", "$gt", 0), [new("refunds_by_payment", Keys(("payment_id", 1)))]),
    ];

    /// <summary>Families (issue 11): wallet rules by account id, link codes by their hash, guardian links by guardian and student.</summary>
    public static readonly IReadOnlyList<MongoCollectionSpec> FamilyCollections =
    [
        new(WalletRules, null, []),
        new(LinkCodes, null, [new("link_codes_by_student", Keys(("student_id", 1), ("created_at", 1)))]),
        new(GuardianLinks, null,
        [
            new("guardian_links_by_guardian", Keys(("guardian_id", 1), ("created_at", 1))),
            new("guardian_links_by_student", Keys(("student_id", 1), ("created_at", 1))),
        ]),
    ];

    /// <summary>
    /// 1: the collections. 2: bank-transfer claims by <c>transfer_key</c> (the index, now in <see cref="Collections"/>,
    /// and the key of the claims made before it). 3: the retention job's indexes by age (in <see cref="Collections"/>).
    /// 4: the till's collections. 5: the families' collections.
    /// </summary>
    private static readonly Func<IMongoDatabase, CancellationToken, Task>[] Migrations =
    [
        CreateCommunityCollectionsAsync,
        AddTransferKeysAsync,
        CreateCommunityCollectionsAsync,
        (database, ct) => CreateCollectionsAsync(database, TillCollections, ct),
        (database, ct) => CreateCollectionsAsync(database, FamilyCollections, ct),
    ];

    public static int LatestVersion => Migrations.Length;

    public static async Task ApplyAsync(IMongoDatabase database, CancellationToken ct)
    {
        var versions = database.GetCollection<BsonDocument>(SchemaVersion);
        var current = await ReadVersionAsync(versions, ct);
        for (var version = current + 1; version <= Migrations.Length; version++)
        {
            await Migrations[version - 1](database, ct);
            await versions.UpdateOneAsync(
                new BsonDocument("_id", VersionDocumentId), new BsonDocument("$max", new BsonDocument("version", version)),
                new UpdateOptions { IsUpsert = true }, ct);
        }
    }

    public static async Task<int> ReadVersionAsync(IMongoCollection<BsonDocument> versions, CancellationToken ct)
    {
        var document = await versions.Find(new BsonDocument("_id", VersionDocumentId)).FirstOrDefaultAsync(ct);
        return document is null ? 0 : document["version"].ToInt32();
    }

    private static Task CreateCommunityCollectionsAsync(IMongoDatabase database, CancellationToken ct) =>
        CreateCollectionsAsync(database, Collections, ct);

    private static async Task CreateCollectionsAsync(IMongoDatabase database, IReadOnlyList<MongoCollectionSpec> specs, CancellationToken ct)
    {
        foreach (var spec in specs)
        {
            await EnsureCollectionAsync(database, spec, ct);
            if (spec.Indexes.Count > 0)
            {
                var collection = database.GetCollection<BsonDocument>(spec.Name);
                await collection.Indexes.CreateManyAsync(spec.Indexes.Select(IndexModel), ct);
            }
        }
    }

    /// <summary>The references of earlier claims without white space and in upper case, as <c>TransferReference.Key</c> has them.</summary>
    private static async Task AddTransferKeysAsync(IMongoDatabase database, CancellationToken ct)
    {
        await CreateCommunityCollectionsAsync(database, ct);
        var withoutSpaces = new BsonDocument("$replaceAll", new BsonDocument
        {
            { "input", "$transfer_reference" }, { "find", " " }, { "replacement", "" },
        });
        var setKey = new BsonDocument("$set", new BsonDocument("transfer_key", new BsonDocument("$toUpper", withoutSpaces)));
        await database.GetCollection<BsonDocument>(TopUps).UpdateManyAsync(
            new BsonDocument { { "transfer_reference", new BsonDocument("$type", "string") }, { "transfer_key", new BsonDocument("$exists", false) } },
            new PipelineUpdateDefinition<BsonDocument>(new[] { setKey }), cancellationToken: ct);
    }

    private static async Task EnsureCollectionAsync(IMongoDatabase database, MongoCollectionSpec spec, CancellationToken ct)
    {
        var options = new CreateCollectionOptions<BsonDocument>();
        if (spec.Validator is not null)
        {
            options.Validator = new BsonDocumentFilterDefinition<BsonDocument>(spec.Validator);
        }

        try
        {
            await database.CreateCollectionAsync(spec.Name, options, ct);
        }
        catch (MongoCommandException exists) when (exists.Code == NamespaceExists)
        {
            // Made by an earlier or a concurrent start: it still gets this version's validator.
            if (spec.Validator is not null)
            {
                var collMod = new BsonDocument { { "collMod", spec.Name }, { "validator", spec.Validator } };
                await database.RunCommandAsync<BsonDocument>(collMod, cancellationToken: ct);
            }
        }
    }

    private static CreateIndexModel<BsonDocument> IndexModel(MongoIndexSpec spec) => new(
        new BsonDocumentIndexKeysDefinition<BsonDocument>(spec.Keys),
        new CreateIndexOptions<BsonDocument>
        {
            Name = spec.Name,
            Unique = spec.Unique,
            PartialFilterExpression = spec.PartialFilter is null ? null : new BsonDocumentFilterDefinition<BsonDocument>(spec.PartialFilter),
        });

    private static BsonDocument Keys(params (string Field, int Direction)[] keys) =>
        new(keys.Select(key => new BsonElement(key.Field, key.Direction)));

    private static BsonDocument Validator(string field, string comparison, int bound) =>
        new(field, new BsonDocument(comparison, bound));
}
