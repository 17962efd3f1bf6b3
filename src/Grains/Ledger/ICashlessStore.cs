namespace Cashless.Grains.Ledger;

/// <summary>
/// The storage port. Each adapter (SQLite, PostgreSQL, MongoDB) implements all of it and passes the same
/// conformance suite (tests/Storage.Tests).
/// </summary>
public interface ICashlessStore
    : IUserStore, ILedgerStore, IMoneyRecordStore, ISessionStore, IIdempotencyStore, INotificationStore, IReportStore, ITillStore,
        IExportStore, IFamilyStore
{
    /// <summary>Creates or migrates the schema; safe to call on every start and from several nodes at once.</summary>
    Task InitializeAsync(CancellationToken ct = default);

    /// <summary>
    /// Whether a new money operation may start: false while this node's writer holds as many writes as it may
    /// (Storage:MaxQueuedWrites). Cheap (a counter); asked before a grain decides anything, so a refusal leaves nothing
    /// half done.
    /// </summary>
    bool HasRoom { get; }
}
