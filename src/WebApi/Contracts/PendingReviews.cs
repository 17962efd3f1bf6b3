namespace Cashless.WebApi.Contracts;

/// <summary>The admins' queues: bank transfers awaiting review and withdrawals awaiting payout (counts).</summary>
public sealed record PendingReviews(int BankTransferReviews, int Withdrawals);
