using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Interfaces.Withdrawals;

namespace Cashless.Grains.Ledger;

/// <summary>Top-up and withdrawal records: their lists, and the changes that move no money.</summary>
public interface IMoneyRecordStore
{
    /// <summary>Applies record changes that touch no account (a top-up created, expired, rejected) atomically.</summary>
    Task<CommitOutcome> ApplyChangesAsync(IReadOnlyList<RecordChange> changes, CancellationToken ct = default);

    Task<Page<TopUpRecord>> ListTopUpsAsync(TopUpQuery query, CancellationToken ct = default);

    /// <summary>
    /// Pending virtual-account top-ups created before <paramref name="createdBefore"/>, in id order (oldest first), after
    /// <paramref name="afterId"/> when given, so a caller can walk all of them a page at a time.
    /// </summary>
    Task<IReadOnlyList<TopUpRecord>> ListPendingVirtualAccountTopUpsAsync(
        DateTimeOffset createdBefore, string? afterId, int limit, CancellationToken ct = default);

    /// <summary>
    /// The bank-transfer top-ups whose reference has the key <paramref name="transferKey"/>
    /// (<see cref="TransferReference.Key"/>), in every status, oldest first.
    /// </summary>
    Task<IReadOnlyList<TopUpRecord>> ListTransferClaimsAsync(string transferKey, CancellationToken ct = default);

    Task<WithdrawalRecord?> GetWithdrawalAsync(string withdrawalId, CancellationToken ct = default);

    Task<Page<WithdrawalRecord>> ListWithdrawalsAsync(WithdrawalQuery query, CancellationToken ct = default);
}
