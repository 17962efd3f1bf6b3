using Orleans.Concurrency;

namespace Cashless.Grains.Interfaces.Accounts;

/// <summary>
/// The single writer of one account's balance, keyed by the account (= user) id.
/// Every decision is made synchronously inside one turn and then committed with the account's other pending
/// decisions (group commit); calls interleave only while commits are being written, so the money methods are
/// marked <see cref="AlwaysInterleaveAttribute"/> deliberately. See docs/decisions/0002-group-commit.md.
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

    /// <summary>Asks, without committing anything, whether a credit of this size could be taken now.</summary>
    [AlwaysInterleave, Alias("CanReceive")]
    Task<LedgerOutcome> CanReceive(Money amount);

    [AlwaysInterleave, Alias("ReceivePayment")]
    Task<CreditAnswer> ReceivePayment(PaymentDelivery delivery);

    [AlwaysInterleave, Alias("Post")]
    Task<PostingResult> Post(Posting posting);

    [AlwaysInterleave, Alias("SetStatus")]
    Task<LedgerOutcome> SetStatus(AccountStatus status);

    /// <summary>Re-delivers this payer's payments that are still in flight (after a crash or a failed call).</summary>
    [AlwaysInterleave, Alias("RecoverOutbox")]
    Task<int> RecoverOutbox();
}
