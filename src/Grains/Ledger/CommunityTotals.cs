namespace Cashless.Grains.Ledger;

/// <summary>The community's counts and sums as stored now, for the admin overview.</summary>
public sealed record CommunityTotals(
    int Buyers,
    int Sellers,
    int Admins,
    int Frozen,
    long SettledVirtualAccount,
    long SettledBankTransfer,
    long SettledAdmin,
    long WithdrawalsPending,
    long WithdrawalsCompleted,
    long PaymentsCount,
    long PaymentsVolume,
    int BankTransferReviewsPending,
    int WithdrawalsPendingCount,
    ConservationTotals Conservation);
