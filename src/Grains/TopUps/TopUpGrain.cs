using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Ledger;
using Cashless.Grains.Notifications;
using Microsoft.Extensions.Options;

namespace Cashless.Grains.TopUps;

/// <summary>
/// One top-up's state machine. Transitions without money are committed here; a transition that credits is
/// committed by the account grain together with its credit (operation id = top-up id), so a crash, a duplicate
/// notification or a second reviewer always converges to exactly one credit. The record is re-read after each
/// change, so this grain never answers from a belief the store does not share.
/// </summary>
internal sealed partial class TopUpGrain(
    ICashlessStore store, TimeProvider clock, IFaultInjector faults, Notices notices, IOptions<LimitsOptions> limits) : Grain, ITopUpGrain
{
    private TopUpRecord? _record;

    private string TopUpId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken) =>
        _record = await store.GetTopUpAsync(TopUpId, cancellationToken);

    public Task<TopUpRecord?> Read() => Task.FromResult(_record);

    public Task<TopUpResult> OpenVirtualAccount(string accountId, Money amount, string bank, string? createdBy = null) =>
        Open(accountId, amount, TopUpChannel.VirtualAccount, TopUpStatus.Pending, record => record with
        {
            VirtualAccount = new VirtualAccountDetails(bank, null, null, null, null, null),
            CreatedBy = createdBy,
        });

    /// <summary>
    /// A claim is accepted whatever its reference; one that another claim already carries is marked with the earliest
    /// such claim, for the admin who reviews it. (Two claims made at the same instant may both go unmarked: approving the
    /// second is still refused, by <see cref="TransferReviewGrain"/>.)
    /// </summary>
    public async Task<TopUpResult> OpenBankTransfer(string accountId, Money amount, BankTransferDetails transfer, string? createdBy = null)
    {
        var earlier = _record is null ? await store.ListTransferClaimsAsync(TransferReference.Key(transfer.TransferReference)) : [];
        return await Open(accountId, amount, TopUpChannel.BankTransfer, TopUpStatus.AwaitingReview, record => record with
        {
            BankTransfer = transfer,
            PossibleDuplicateOf = earlier.Count > 0 ? earlier[0].Id : null,
            CreatedBy = createdBy,
        });
    }

    public async Task<TopUpResult> RecordCharge(VirtualAccountDetails issued)
    {
        if (_record?.Status != TopUpStatus.Pending)
        {
            return Answer();
        }

        await Move(new TopUpMoved(TopUpId, [TopUpStatus.Pending], TopUpStatus.Pending, clock.GetUtcNow()) { VirtualAccount = issued });
        return Answer();
    }

    public async Task<TopUpResult> MarkFailed(string reason)
    {
        if (_record?.Status == TopUpStatus.Pending)
        {
            await Move(new TopUpMoved(TopUpId, [TopUpStatus.Pending], TopUpStatus.Failed, clock.GetUtcNow()) { Reason = reason });
        }

        return Answer();
    }

    public async Task<TopUpResult> Approve(string adminId)
    {
        if (_record is not { Status: TopUpStatus.AwaitingReview or TopUpStatus.Flagged } record)
        {
            return _record is null ? Answer() : new TopUpResult(TopUpOutcome.AlreadyReviewed, _record);
        }

        if (record.Channel == TopUpChannel.Admin && record.CreatedBy == adminId)
        {
            return new TopUpResult(TopUpOutcome.SameAdmin, record);
        }

        var credit = (await Credit(TopUpCredit.Settling(record, Describe(record), [record.Status], reviewedBy: adminId))).Outcome;
        return credit == LedgerOutcome.Ok ? Answer() : new TopUpResult(AsTopUpOutcome(credit), _record);
    }

    public async Task<TopUpResult> Reject(string adminId, string reason)
    {
        if (_record is not { Status: TopUpStatus.AwaitingReview or TopUpStatus.Flagged } record)
        {
            return _record is null ? Answer() : new TopUpResult(TopUpOutcome.AlreadyReviewed, _record);
        }

        await Move(new TopUpMoved(TopUpId, [record.Status], TopUpStatus.Rejected, clock.GetUtcNow())
        {
            ReviewedBy = adminId,
            Reason = reason,
        });
        return Answer();
    }

    private async Task<TopUpResult> Open(
        string accountId, Money amount, TopUpChannel channel, TopUpStatus status, Func<TopUpRecord, TopUpRecord> withDetails)
    {
        if (_record is not null)
        {
            return Answer();
        }

        var admission = limits.Value.CheckTopUp(amount) is var allowed && allowed != LedgerOutcome.Ok ? allowed
            : await GrainFactory.Reference<IAccountGrain>(accountId).CanTakeTopUp(amount);
        if (admission != LedgerOutcome.Ok)
        {
            return new TopUpResult(AsTopUpOutcome(admission), null);
        }

        var now = clock.GetUtcNow();
        var record = withDetails(new TopUpRecord(TopUpId, accountId, channel, status, amount, now, now, null, accountId));
        await Apply(new TopUpCreated(record));
        return Answer();
    }

    private static string Describe(TopUpRecord record) => record.Channel switch
    {
        TopUpChannel.BankTransfer => "Bank transfer top-up",
        TopUpChannel.Admin => record.Note ?? "Cash-desk top-up, approved by a second admin",
        _ => "Top-up approved by an admin",
    };

    /// <summary>Has the top-up's account credit it and settle it in the same commit.</summary>
    private async Task<PostingResult> Credit(TopUpCredit credit)
    {
        await faults.AtStep(FaultSteps.TopUpBeforeCredit, TopUpId);
        var result = await GrainFactory.Reference<IAccountGrain>(credit.TopUp.AccountId).CreditTopUp(credit);
        await faults.AtStep(FaultSteps.TopUpAfterCredit, TopUpId);
        await Reload();
        return result;
    }

    /// <summary>A transition without money; one that closes the top-up also tells its owner.</summary>
    private Task Move(TopUpMoved move) => _record is { } record && move.To != TopUpStatus.Pending
        ? Apply(move, notices.TopUpClosed(record, move.To, move.Reason))
        : Apply(move);

    private async Task Apply(params RecordChange[] changes)
    {
        if (await store.ApplyChangesAsync(changes) == CommitOutcome.Conflict)
        {
            // Another activation moved the record first: take the store's version, so that this caller's retry and
            // every later call are decided against the truth instead of being refused until the grain is collected.
            await Reload();
            throw new TopUpConflictException(TopUpId);
        }

        NotificationPublisher.Publish(GrainFactory, changes);
        await Reload();
    }

    private async Task Reload() => _record = await store.GetTopUpAsync(TopUpId);

    private TopUpResult Answer() => new(_record is null ? TopUpOutcome.NotFound : TopUpOutcome.Ok, _record);

    private static TopUpOutcome AsTopUpOutcome(LedgerOutcome outcome) => outcome switch
    {
        LedgerOutcome.Ok => TopUpOutcome.Ok,
        LedgerOutcome.AccountNotFound => TopUpOutcome.AccountNotFound,
        LedgerOutcome.AccountFrozen => TopUpOutcome.AccountFrozen,
        LedgerOutcome.NotAWallet => TopUpOutcome.NotAWallet,
        LedgerOutcome.BalanceLimitExceeded => TopUpOutcome.BalanceLimitExceeded,
        LedgerOutcome.OperationReused => TopUpOutcome.OperationReused,
        LedgerOutcome.AmountOutOfRange => TopUpOutcome.AmountOutOfRange,
        LedgerOutcome.AccountClosed => TopUpOutcome.AccountClosed,
        _ => throw new InvalidOperationException($"a top-up cannot end as {outcome}"),
    };
}
