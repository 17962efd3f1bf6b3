using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Interfaces.Withdrawals;
using Orleans.Concurrency;

namespace Cashless.Grains.Interfaces.Accounts;

/// <summary>
/// The single writer of one account's balance, keyed by the account (= user) id.
/// The grain is not reentrant, but its money methods are <see cref="AlwaysInterleaveAttribute"/>, so they interleave
/// with each other (and with <see cref="Open"/>) at EVERY await: while a commit is written (the reason: decisions made
/// meanwhile go into the next commit, docs/decisions/0002-group-commit.md), while an earlier entry of the same
/// operation id is looked up, while another grain is called (a payee, the sessions). What keeps the money right is
/// that each decision (the check against balance, limits and status, and the change to the in-memory book) is made
/// synchronously in one turn with no await between the check and the change, and that a repeat of one operation id
/// waits until the first has ended before it looks for its entry, so one id is never decided twice.
/// </summary>
[Alias("Cashless.IAccountGrain")]
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>Creates the user and the account. False when the e-mail is taken.</summary>
    [Alias("Open")]
    Task<bool> Open(NewAccount account);

    [AlwaysInterleave, Alias("GetWallet")]
    Task<WalletView?> GetWallet();

    [AlwaysInterleave, Alias("Pay")]
    Task<PaymentResult> Pay(PaymentOrder order);

    /// <summary>Asks, without committing anything, whether a payment of this size could be taken now.</summary>
    [AlwaysInterleave, Alias("CanReceive")]
    Task<LedgerOutcome> CanReceive(Money amount);

    /// <summary>As <see cref="CanReceive"/>, for a top-up: a guardian's wallet takes top-ups but no payments.</summary>
    [AlwaysInterleave, Alias("CanTakeTopUp")]
    Task<LedgerOutcome> CanTakeTopUp(Money amount);

    [AlwaysInterleave, Alias("ReceivePayment")]
    Task<CreditAnswer> ReceivePayment(PaymentDelivery delivery);

    /// <summary>Credits a top-up (called by its top-up grain), settling it in the same commit.</summary>
    [AlwaysInterleave, Alias("CreditTopUp")]
    Task<PostingResult> CreditTopUp(TopUpCredit credit);

    /// <summary>Debits and holds money for a payout that an admin then completes or rejects.</summary>
    [AlwaysInterleave, Alias("Withdraw")]
    Task<WithdrawalHold> Withdraw(WithdrawalOrder order);

    /// <summary>Closes a pending withdrawal: paid out, or rejected with the money returned. Called by its review grain.</summary>
    [AlwaysInterleave, Alias("CloseWithdrawal")]
    Task<LedgerOutcome> CloseWithdrawal(WithdrawalRecord withdrawal, WithdrawalStatus closedAs, string adminId, string? reason);

    /// <summary>
    /// Takes back a settled top-up the bank reversed: as much as the balance allows; if that is not all of it,
    /// the account is frozen and the top-up shows what is still owed.
    /// </summary>
    [AlwaysInterleave, Alias("ReverseTopUp")]
    Task<LedgerOutcome> ReverseTopUp(TopUpRecord topUp);

    [AlwaysInterleave, Alias("SetStatus")]
    Task<LedgerOutcome> SetStatus(AccountStatus status);

    /// <summary>
    /// Gives the user another role. A change between a wallet role and one without a wallet needs the wallet empty
    /// (nothing held, nothing in flight): <see cref="LedgerOutcome.AccountNotEmpty"/> otherwise.
    /// </summary>
    [AlwaysInterleave, Alias("ChangeRole")]
    Task<LedgerOutcome> ChangeRole(AccountRole role);

    /// <summary>
    /// Closes the wallet, paying its balance out first (see <see cref="ClosingOrder"/>). Refused while a top-up or
    /// withdrawal is pending or a payment is in flight. Closing a closed wallet again pays out what came back to it.
    /// </summary>
    [AlwaysInterleave, Alias("Close")]
    Task<ClosingResult> Close(ClosingOrder order);
    /// Sets a student's spending limits and low-balance threshold, durable before the answer; from then on every payment
    /// is checked against them in the same decision as the balance. <see cref="LedgerOutcome.NotAWallet"/> for anyone
    /// but a buyer.
    /// </summary>
    [AlwaysInterleave, Alias("SetRules")]
    Task<LedgerOutcome> SetRules(WalletRules rules);

    /// <summary>The student's own change of its low-balance threshold (null: none); the other rules stay as they are.</summary>
    [AlwaysInterleave, Alias("SetLowBalanceThreshold")]
    Task<LedgerOutcome> SetLowBalanceThreshold(Money? threshold);

    /// <summary>A guardian was linked to or unlinked from this student: its alerts go to the guardians linked now.</summary>
    [AlwaysInterleave, Alias("GuardiansChanged")]
    Task GuardiansChanged();

    /// <summary>Re-delivers this payer's payments that are still in flight (after a crash or a failed call).</summary>
    [AlwaysInterleave, Alias("RecoverOutbox")]
    Task<int> RecoverOutbox();
}
