using Cashless.Grains.Ledger;

namespace Cashless.WebApi.Contracts;

/// <summary>
/// The community as stored now, from one snapshot. <see cref="Liabilities"/> is Σ balances (what the community owes
/// its wallet holders); <see cref="TopUps"/> counts settled top-ups whole and reversed ones by what could not be taken
/// back.
/// </summary>
public sealed record OverviewResponse(
    AccountCounts Accounts,
    long Liabilities,
    ChannelAmounts TopUps,
    WithdrawalTotals Withdrawals,
    PaymentTotals Payments,
    ConservationCheck Conservation,
    PendingReviews Pending)
{
    public static OverviewResponse Of(CommunityTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var conservation = totals.Conservation;
        return new OverviewResponse(
            new AccountCounts(totals.Buyers, totals.Sellers, totals.Admins, totals.Frozen),
            conservation.Balances,
            ChannelAmounts.Of(totals.SettledVirtualAccount, totals.SettledBankTransfer, totals.SettledAdmin),
            new WithdrawalTotals(totals.WithdrawalsPending, totals.WithdrawalsCompleted),
            new PaymentTotals(totals.PaymentsCount, totals.PaymentsVolume),
            new ConservationCheck(conservation.Expected, conservation.Balances, conservation.InFlight, conservation.Balanced),
            new PendingReviews(totals.BankTransferReviewsPending, totals.WithdrawalsPendingCount));
    }
}
