using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Ledger;

namespace Cashless.Grains.Accounts;

/// <summary>
/// An account as its grain sees it: the balance after every decision made so far (durable or still in the group
/// commit), the money debited for payments still in flight, and the status and next sequence of the last durable commit.
/// All methods are synchronous, so a decision can never interleave with another.
/// </summary>
internal sealed class AccountBook(AccountSnapshot snapshot, Money outgoingInFlight)
{
    public string AccountId { get; } = snapshot.AccountId;

    public AccountRole Role { get; private set; } = snapshot.Role;

    public AccountStatus Status { get; private set; } = snapshot.Status;

    public Money Balance { get; private set; } = snapshot.Balance;

    /// <summary>
    /// Debited for payments in flight and pending withdrawals: money that may still come back. It is kept free under
    /// the balance cap, so a reversal always fits.
    /// </summary>
    public Money OutgoingInFlight { get; private set; } = outgoingInFlight;

    /// <summary>The sequence the next commit starts at: the store refuses it when another writer took it first.</summary>
    public long DurableNextSequence { get; private set; } = snapshot.NextSequence;

    /// <summary>The status the store holds; a commit that leaves <see cref="Status"/> different writes it.</summary>
    public AccountStatus DurableStatus { get; private set; } = snapshot.Status;

    public long NextSequence { get; private set; } = snapshot.NextSequence;

    public DateTimeOffset UpdatedAt { get; private set; } = snapshot.UpdatedAt;

    /// <summary>Holds money: buyers and sellers, and guardians (who fund their wallet to send allowances).</summary>
    public bool IsWallet => TakesPayments || PaysAllowances;

    /// <summary>May be paid by other wallets. A guardian's wallet takes money only from top-ups.</summary>
    public bool TakesPayments => Role is AccountRole.Buyer or AccountRole.Seller;

    /// <summary>A guardian's wallet: every payment it makes is an allowance (decision 0009).</summary>
    public bool PaysAllowances => Role == AccountRole.Guardian;

    /// <summary>The kind of this account's payment debits; the payee's credit follows it.</summary>
    public EntryKind PaymentDebitKind => PaysAllowances ? EntryKind.AllowanceOut : EntryKind.PaymentOut;

    public bool IsFrozen => Status == AccountStatus.Frozen;

    /// <summary>Closed, or being closed: a close waits for its payments in flight to land, and takes nothing new meanwhile.</summary>
    public bool IsClosed => Status == AccountStatus.Closed || IsClosing;

    public bool IsClosing { get; private set; }

    public void MarkClosing(bool closing) => IsClosing = closing;

    public LedgerOutcome CheckDebit(Money amount) =>
        Balance < amount ? LedgerOutcome.InsufficientFunds : LedgerOutcome.Ok;

    public LedgerOutcome CheckCredit(Money amount, Money maxBalance) =>
        Balance + OutgoingInFlight + amount > maxBalance ? LedgerOutcome.BalanceLimitExceeded : LedgerOutcome.Ok;

    public JournalEntry Record(EntryDraft draft, DateTimeOffset now)
    {
        var at = NotBeforeLastChange(now);
        Invariant.Check(draft.Amount.IsPositive, $"entry amount must be positive, got {draft.Amount} on {AccountId}");
        var balanceAfter = Balance + draft.Kind.SignedAmount(draft.Amount);
        Invariant.Check(balanceAfter >= Money.Zero, $"balance of {AccountId} would go negative ({balanceAfter})");
        Balance = balanceAfter;
        UpdatedAt = at;
        return new JournalEntry(
            AccountId, NextSequence++, draft.OperationId, draft.Kind, draft.Kind.SignedAmount(draft.Amount),
            balanceAfter, draft.Counterparty, draft.Reference, draft.Description, at);
    }

    public void ChangeStatus(AccountStatus status, DateTimeOffset at)
    {
        Status = status;
        UpdatedAt = NotBeforeLastChange(at);
    }

    public void ChangeRole(AccountRole role, DateTimeOffset at)
    {
        Role = role;
        UpdatedAt = NotBeforeLastChange(at);
    }

    public void HoldOutgoing(Money amount) => OutgoingInFlight += amount;

    public void ReleaseOutgoing(Money amount)
    {
        OutgoingInFlight -= amount;
        Invariant.Check(OutgoingInFlight >= Money.Zero, $"outgoing in flight of {AccountId} went negative");
    }

    /// <summary>
    /// The commit that makes every decision so far durable, from the last durable sequence. One that moves no money
    /// gets a marker entry, so every commit claims a sequence (decision 0010).
    /// </summary>
    public AccountCommit NextCommit(IReadOnlyList<JournalEntry> entries, IReadOnlyList<RecordChange> changes)
    {
        var changesStatus = Status != DurableStatus;
        IReadOnlyList<JournalEntry> claimed = entries.Count > 0 ? entries : [Marker(changesStatus)];
        Invariant.Check(claimed[0].Sequence == DurableNextSequence, $"the commit of {AccountId} does not follow its last durable one");
        Invariant.Check(claimed[^1].BalanceAfter == Balance, $"the commit of {AccountId} does not end at its balance");
        return new(AccountId, Status, changesStatus, UpdatedAt, claimed, changes);
    }

    public void MarkDurable(AccountCommit commit)
    {
        Invariant.Check(commit.FirstSequence == DurableNextSequence, $"sequence of {AccountId} went backwards");
        (DurableNextSequence, DurableStatus) = (commit.NextSequence, commit.Status);
    }

    /// <summary>Its operation id cannot be a client's (theirs are <c>key:…</c>) or a record's (prefixed ids).</summary>
    private JournalEntry Marker(bool changesStatus)
    {
        var sequence = NextSequence++;
        var status = Status.ToString().ToLowerInvariant();
        return new JournalEntry(AccountId, sequence, $"marker:{sequence}", EntryKind.Marker, Money.Zero, Balance, null,
            status, changesStatus ? $"Account {status}" : "No money moved", UpdatedAt);
    }

    public WalletView View() => new(AccountId, Balance, Status, Role, UpdatedAt);

    /// <summary>
    /// An account's times never go back, even when the wall clock does (or another silo's runs behind): its journal is
    /// in time order along its sequence, which the stores read time ranges by (decision 0007, "the journal's time").
    /// </summary>
    private DateTimeOffset NotBeforeLastChange(DateTimeOffset now) => now < UpdatedAt ? UpdatedAt : now;
}
