using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.TopUps;

namespace Cashless.Grains.Ledger;

/// <summary>The journal, the account snapshots and the records that move with them (payments, top-ups).</summary>
public interface ILedgerStore
{
    Task<AccountSnapshot?> LoadAccountAsync(string accountId, CancellationToken ct = default);

    /// <summary>
    /// Names this store's writer when it is one FIFO queue whose batches each commit in one transaction: a write handed
    /// to it after another (<see cref="CommitAsync"/> returned) is never durable before that one. Null when the store
    /// gives no such order; a payer then waits for its debit to be durable before it calls the payee
    /// (docs/decisions/0007-one-durable-round-per-payment.md).
    /// </summary>
    string? WriterId { get; }

    /// <summary>
    /// Durable when the task completes with <see cref="CommitOutcome.Committed"/>. When <see cref="WriterId"/> is set,
    /// the commit is already in the writer's queue when this method returns.
    /// </summary>
    Task<CommitOutcome> CommitAsync(AccountCommit commit, CancellationToken ct = default);

    /// <summary>
    /// The entry <paramref name="operationId"/> made on the account, or null. Entries of the kinds a payment keeps once by
    /// itself (<see cref="EntryKindExtensions.IsKeptOnceByItsPayment"/>: its credit and its reversal) are never found
    /// here: ask the payment's state instead (decision 0010).
    /// </summary>
    Task<JournalEntry?> FindEntryAsync(string accountId, string operationId, CancellationToken ct = default);

    Task<Page<JournalEntry>> ListEntriesAsync(string accountId, PageRequest page, CancellationToken ct = default);

    Task<PaymentView?> GetPaymentAsync(string paymentId, CancellationToken ct = default);

    /// <summary>Payments still in flight that were created before <paramref name="createdBefore"/>, oldest first.</summary>
    Task<IReadOnlyList<PaymentView>> ListInFlightPaymentsAsync(
        string? payerId, DateTimeOffset createdBefore, int limit, CancellationToken ct = default);

    Task<TopUpRecord?> GetTopUpAsync(string topUpId, CancellationToken ct = default);

    Task<ConservationTotals> GetConservationTotalsAsync(CancellationToken ct = default);
}
