using System.ComponentModel.DataAnnotations;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;

namespace Cashless.Grains.Common;

/// <summary>The money limits of api.md, bound from the "Limits" section.</summary>
public sealed class LimitsOptions
{
    public const string Section = "Limits";

    [Range(1, long.MaxValue)]
    public long MaxTransactionAmount { get; set; } = 10_000_000;

    [Range(1, long.MaxValue)]
    public long MaxBalance { get; set; } = 10_000_000;

    [Range(1, long.MaxValue)]
    public long MinTopUp { get; set; } = 10_000;

    [Range(1, long.MaxValue)]
    public long MinWithdrawal { get; set; } = 10_000;

    /// <summary>
    /// More open items (in-flight payments, pending withdrawals) than this on one account is a fault elsewhere: the
    /// account grain refuses to activate rather than hold back a partial sum.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxOpenItems { get; set; } = 10_000;

    /// <summary>
    /// Decisions one account's group committer may hold waiting for its next commit before new payments to or from the
    /// account and new withdrawals are answered 503 <c>overloaded</c> (nothing decided); the credits of payments
    /// already under way are still taken.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxWaitingDecisions { get; set; } = 1_000;

    /// <summary>How many pending withdrawals an account grain reads per page when it activates.</summary>
    [Range(1, int.MaxValue)]
    public int OpenItemsPageSize { get; set; } = 1_000;

    // The smallest allowed amount is capped at the largest, as the request readers do, so a low maximum never forbids all.
    public long SmallestTopUp => Math.Min(MinTopUp, MaxTransactionAmount);

    public long SmallestWithdrawal => Math.Min(MinWithdrawal, MaxTransactionAmount);

    /// <summary>A payment or a refund: 1 to <see cref="MaxTransactionAmount"/> rupiah.</summary>
    public LedgerOutcome CheckPayment(Money amount) => Within(amount, 1);

    public LedgerOutcome CheckTopUp(Money amount) => Within(amount, SmallestTopUp);

    public LedgerOutcome CheckWithdrawal(Money amount) => Within(amount, SmallestWithdrawal);

    private LedgerOutcome Within(Money amount, long smallest) =>
        amount.Rupiah >= smallest && amount.Rupiah <= MaxTransactionAmount ? LedgerOutcome.Ok : LedgerOutcome.AmountOutOfRange;
}
