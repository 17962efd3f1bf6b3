using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Withdrawals;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Ledger;
using Cashless.Grains.Notifications;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cashless.Grains.Accounts;

/// <summary>
/// The single writer of one account. Each public method checks, decides synchronously against the
/// <see cref="AccountBook"/>, and awaits the <see cref="GroupCommitter"/>; the answer is sent only once durable.
/// Payments run the outbox protocol of docs/decisions/0003-payment-outbox.md.
/// </summary>
internal sealed partial class AccountGrain(
    ICashlessStore store,
    TimeProvider clock,
    IOptions<LimitsOptions> limits,
    IFaultInjector faults,
    Notices notices,
    LocalPayees payees,
    ILogger<AccountGrain> logger) : Grain, IAccountGrain
{
    private readonly GroupCommitter _committer = new(store, limits.Value.MaxWaitingDecisions);
    private readonly HashSet<string> _delivering = [];
    private readonly Dictionary<string, Task<CreditAnswer>> _crediting = [];
    private readonly OperationGate _operations = new();
    private AccountBook? _book;

    private string AccountId => this.GetPrimaryKeyString();

    private Money MaxBalance => new(limits.Value.MaxBalance);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        await LoadRulesAsync(cancellationToken);
        if (_book is { OutgoingInFlight.IsPositive: true })
        {
            // Payments left in flight by an earlier activation are delivered soon after start.
            this.RegisterGrainTimer(
                _ => RecoverOutbox(),
                new GrainTimerCreationOptions(TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan) { Interleave = true });
        }

        AdvertiseReceiving();
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        payees.Set(AccountId, _committer, receiving: false);
        return Task.CompletedTask;
    }

    public async Task<bool> Open(NewAccount account)
    {
        EnsureHealthy();
        if (_book is not null)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var user = new UserRecord(AccountId, account.Name, account.Email, account.PasswordHash, account.Role, AccountStatus.Active, now);
        if (!await store.CreateUserAsync(user))
        {
            return false;
        }

        await LoadAsync(CancellationToken.None);
        AdvertiseReceiving();
        return true;
    }

    public Task<WalletView?> GetWallet()
    {
        EnsureHealthy();
        return Task.FromResult(ViewWithRules(_book));
    }

    public Task<LedgerOutcome> CanReceive(Money amount)
    {
        EnsureHealthy();
        return Task.FromResult(CheckIncoming(amount));
    }

    public Task<LedgerOutcome> CanTakeTopUp(Money amount)
    {
        EnsureHealthy();
        return Task.FromResult(CheckIncoming(amount, isPayment: false));
    }

    public async Task<LedgerOutcome> SetStatus(AccountStatus status)
    {
        var book = EnsureHealthy();
        if (book is null)
        {
            return LedgerOutcome.AccountNotFound;
        }

        if (book.IsClosed)
        {
            return LedgerOutcome.AccountClosed;
        }

        if (book.Status != status)
        {
            book.ChangeStatus(status, clock.GetUtcNow());
            // At once, in this turn: a payer that found the account a moment ago is refused by the credit decision.
            AdvertiseReceiving();
            await Commit(book, [], [notices.AccountStatusChanged(AccountId, status == AccountStatus.Frozen)]);
            LogStatusChanged(AccountId, status);
        }

        await PublishAccess(book);
        return LedgerOutcome.Ok;
    }

    /// <summary>Makes a credit or debit built from a domain request, once per operation id.</summary>
    private async Task<PostingResult> Post(Posting posting)
    {
        var book = EnsureHealthy();
        if (book is null)
        {
            return new PostingResult(LedgerOutcome.AccountNotFound, Money.Zero, null, Repeated: false);
        }

        return await _operations.Run(posting.OperationId, () => PostOnceUnlessMade(book, posting));
    }

    private async Task<PostingResult> PostOnceUnlessMade(AccountBook book, Posting posting)
    {
        var prior = await store.FindEntryAsync(AccountId, posting.OperationId);
        if (prior is not null)
        {
            return prior.Kind == posting.Kind && prior.Amount == posting.Kind.SignedAmount(posting.Amount)
                ? new PostingResult(LedgerOutcome.Ok, prior.BalanceAfter, prior.Reference, Repeated: true)
                : new PostingResult(LedgerOutcome.OperationReused, book.Balance, null, Repeated: false);
        }

        var refusal = CheckPosting(book, posting);
        if (refusal != LedgerOutcome.Ok)
        {
            return new PostingResult(refusal, book.Balance, null, Repeated: false);
        }

        var draft = new EntryDraft(posting.OperationId, posting.Kind, posting.Amount, posting.Reference, posting.Counterparty, posting.Description);
        var entry = book.Record(draft, clock.GetUtcNow());
        if (posting.Kind == EntryKind.RefundIn)
        {
            Spending.GiveBack(posting.Amount, entry.CreatedAt);
        }

        await Commit(book, [entry], WithGuardianCopies(posting.Changes));
        return new PostingResult(LedgerOutcome.Ok, entry.BalanceAfter, entry.Reference, Repeated: false);
    }

    private LedgerOutcome CheckPosting(AccountBook book, Posting posting)
    {
        var isReversal = posting.Kind is EntryKind.PaymentReversal or EntryKind.WithdrawalReversal or EntryKind.TopUpReversal;
        if (!book.IsWallet)
        {
            return LedgerOutcome.NotAWallet;
        }

        // A frozen account takes no new money in or out, but what the system owes back (or takes back) still moves.
        if (book.IsFrozen && !isReversal)
        {
            return LedgerOutcome.AccountFrozen;
        }

        if (book.IsClosed && !isReversal)
        {
            return LedgerOutcome.AccountClosed;
        }

        return posting.Kind.IsCredit()
            ? isReversal ? LedgerOutcome.Ok : book.CheckCredit(posting.Amount, MaxBalance)
            : book.CheckDebit(posting.Amount);
    }

    private LedgerOutcome CheckIncoming(Money amount, bool isPayment = true) => _book switch
    {
        null => LedgerOutcome.AccountNotFound,
        { IsWallet: false } => LedgerOutcome.NotAWallet,
        { TakesPayments: false } when isPayment => LedgerOutcome.NotAWallet,
        { IsFrozen: true } => LedgerOutcome.AccountFrozen,
        { IsClosed: true } => LedgerOutcome.AccountClosed,
        var book => book.CheckCredit(amount, MaxBalance),
    };

    /// <summary>Tells payers on this silo whether this account takes payments now (see <see cref="LocalPayees"/>).</summary>
    private void AdvertiseReceiving() =>
        payees.Set(AccountId, _committer, _book is { TakesPayments: true, Status: AccountStatus.Active } && _committer.Failure is null);

    /// <summary>Makes the decision durable, then hands its notifications to the live feeds.</summary>
    private async Task Commit(AccountBook book, IReadOnlyList<JournalEntry> entries, IReadOnlyList<RecordChange> changes)
    {
        await _committer.Enqueue(book, entries, changes);
        NotificationPublisher.Publish(GrainFactory, changes);
    }

    /// <summary>Throws while the committer has failed (and asks to be deactivated, so the next call reloads).</summary>
    private AccountBook? EnsureHealthy()
    {
        if (_committer.Failure is { } failure)
        {
            payees.Set(AccountId, _committer, receiving: false);
            DeactivateOnIdle();
            throw new InvalidOperationException($"account {AccountId} is reloading after a failed commit", failure);
        }

        return _book;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var snapshot = await store.LoadAccountAsync(AccountId, ct);
        if (snapshot is null)
        {
            _book = null;
            return;
        }

        Invariant.Check(snapshot.Balance >= Money.Zero, $"stored balance of {AccountId} is negative");
        Invariant.Check(snapshot.Balance == snapshot.EntriesTotal,
            $"stored balance of {AccountId} ({snapshot.Balance}) differs from the sum of its entries ({snapshot.EntriesTotal})");
        var bound = limits.Value.MaxOpenItems;
        var inFlight = await store.ListInFlightPaymentsAsync(AccountId, DateTimeOffset.MaxValue, bound + 1, ct);
        var held = inFlight.Sum(p => p.Amount.Rupiah);
        var open = inFlight.Count;
        var page = new PageRequest(limits.Value.OpenItemsPageSize, null);
        while (open <= bound)
        {
            var pending = await store.ListWithdrawalsAsync(new WithdrawalQuery(AccountId, WithdrawalStatus.Pending, page), ct);
            held += pending.Items.Sum(w => w.Amount.Rupiah);
            open += pending.Items.Count;
            if (pending.NextCursor is null)
            {
                break;
            }

            page = page with { Before = pending.NextCursor };
        }

        // A partial sum would let the account spend money it holds back for payments or withdrawals.
        Invariant.Check(open <= bound,
            $"account {AccountId} has more than {bound} open items (in-flight payments, pending withdrawals); it is not activated " +
            $"until they are settled or Limits:{nameof(LimitsOptions.MaxOpenItems)} is raised");
        _book = new AccountBook(snapshot, new Money(held));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {AccountId} is now {Status}")]
    private partial void LogStatusChanged(string accountId, AccountStatus status);
}
