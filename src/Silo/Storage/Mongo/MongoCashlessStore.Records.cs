using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Interfaces.Withdrawals;
using Cashless.Grains.Ledger;
using MongoDB.Bson;

namespace Cashless.Silo.Storage.Mongo;

internal sealed partial class MongoCashlessStore
{
    public async Task<CommitOutcome> ApplyChangesAsync(IReadOnlyList<RecordChange> changes, CancellationToken ct = default) =>
        await TryWriteAsync([.. MongoRecordChanges.Writes(changes)], ct) ? CommitOutcome.Committed : CommitOutcome.Conflict;

    public Task<TopUpRecord?> GetTopUpAsync(string topUpId, CancellationToken ct = default) =>
        FindByIdAsync(MongoSchema.TopUps, topUpId, MongoTopUpDocuments.ToTopUp, ct);

    public Task<Page<TopUpRecord>> ListTopUpsAsync(TopUpQuery query, CancellationToken ct = default) =>
        ListNewestFirstAsync(MongoSchema.TopUps, MongoTopUpDocuments.ToTopUp, t => t.Id, query.AccountId, (int?)query.Status, query.Page, ct);

    public async Task<IReadOnlyList<TopUpRecord>> ListPendingVirtualAccountTopUpsAsync(
        DateTimeOffset createdBefore, string? afterId, int limit, CancellationToken ct = default) =>
        await FindAsync(MongoSchema.TopUps, MongoQueries.PendingVirtualAccountTopUps(createdBefore, afterId, limit), MongoTopUpDocuments.ToTopUp, ct);

    public async Task<IReadOnlyList<TopUpRecord>> ListTransferClaimsAsync(string transferKey, CancellationToken ct = default) =>
        await FindAsync(MongoSchema.TopUps, MongoQueries.TransferClaims(transferKey), MongoTopUpDocuments.ToTopUp, ct);

    public Task<WithdrawalRecord?> GetWithdrawalAsync(string withdrawalId, CancellationToken ct = default) =>
        FindByIdAsync(MongoSchema.Withdrawals, withdrawalId, MongoDocuments.ToWithdrawal, ct);

    public Task<Page<WithdrawalRecord>> ListWithdrawalsAsync(WithdrawalQuery query, CancellationToken ct = default) =>
        ListNewestFirstAsync(
            MongoSchema.Withdrawals, MongoDocuments.ToWithdrawal, w => w.Id, query.AccountId, (int?)query.Status, query.Page, ct);

    /// <summary>Records of one account (or all), optionally in one status, newest first: their ids sort by time.</summary>
    private async Task<Page<T>> ListNewestFirstAsync<T>(
        string collection, Func<BsonDocument, T> map, Func<T, string> idOf, string? accountId, int? status, PageRequest page, CancellationToken ct)
    {
        var records = await FindAsync(collection, MongoQueries.NewestFirst(accountId, status, page), map, ct);
        return Paging.Cut(records, page.Limit, idOf);
    }
}
