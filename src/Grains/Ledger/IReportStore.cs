using Cashless.Grains.Interfaces;

namespace Cashless.Grains.Ledger;

/// <summary>Reads for reports; nothing here writes.</summary>
public interface IReportStore
{
    /// <summary>One account's entries created in [<paramref name="start"/>, <paramref name="until"/>), oldest first.</summary>
    Task<IReadOnlyList<JournalEntry>> ListEntriesBetweenAsync(string accountId, DateTimeOffset start, DateTimeOffset until, CancellationToken ct = default);

    /// <summary>The account's balance just before <paramref name="at"/>: the balance after its last earlier entry, or zero.</summary>
    Task<Money> GetBalanceBeforeAsync(string accountId, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>Money entering or leaving the community in [<paramref name="start"/>, <paramref name="until"/>), oldest first.</summary>
    Task<IReadOnlyList<CommunityFlow>> ListCommunityFlowsAsync(DateTimeOffset start, DateTimeOffset until, CancellationToken ct = default);

    /// <summary>
    /// Counts and sums for the overview. Settled top-ups count whole, reversed ones by what could not be taken back
    /// (as in <see cref="ConservationTotals"/>); payments count the completed ones.
    /// </summary>
    Task<CommunityTotals> GetCommunityTotalsAsync(CancellationToken ct = default);
}
