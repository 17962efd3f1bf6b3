using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Notifications;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Ledger;
using Cashless.Grains.Notifications;

namespace Cashless.Grains.Accounts;

/// <summary>
/// What a student's guardians are told: the low-balance alert (once per crossing of the threshold, committed with the
/// debit that crossed it) and copies of the student's top-up notices, each in the guardian's own log and live feed.
/// The guardians are held in grain state so the alerts are decided with the debit, with no store round trip.
/// </summary>
internal sealed partial class AccountGrain
{
    private IReadOnlyList<string> _guardians = [];
    private DateTimeOffset _limitNoticedUntil = DateTimeOffset.MinValue;

    public async Task GuardiansChanged()
    {
        if (EnsureHealthy() is { Role: AccountRole.Buyer })
        {
            await LoadGuardiansAsync(CancellationToken.None);
        }
    }

    private async Task LoadGuardiansAsync(CancellationToken ct) =>
        _guardians = [.. (await store.ListGuardianLinksAsync(guardianId: null, AccountId, ct)).Select(link => link.GuardianId)];

    /// <summary>
    /// The <c>balance_low</c> notices of a debit that took the balance from at or above the threshold to below it, to the
    /// owner and each guardian; none for a debit that starts below it (once per crossing, not once per payment).
    /// </summary>
    private IReadOnlyList<RecordChange> LowBalanceAlerts(JournalEntry debit)
    {
        var before = debit.BalanceAfter - debit.Amount;
        if (_rules.LowBalanceThreshold is not { } threshold || before < threshold || debit.BalanceAfter >= threshold)
        {
            return [];
        }

        var own = notices.BalanceLow(AccountId, debit.BalanceAfter, threshold);
        return [own, .. _guardians.Select(guardian => notices.ForGuardian(own.Notification, guardian))];
    }

    /// <summary>What a payment's debit tells: a low balance (see <see cref="LowBalanceAlerts"/>), and to the guardians a payment above their chosen amount.</summary>
    private IReadOnlyList<RecordChange> PaymentAlerts(JournalEntry debit)
    {
        // A closing's payout empties the wallet on purpose: it is told as account_closed, not as a low balance.
        if (_rules.LowBalanceThreshold is null && _rules.AlertPaymentsOver is null || _book is { IsClosed: true })
        {
            return [];
        }

        var paid = -debit.Amount;
        var large = _rules.AlertPaymentsOver is { } over && paid > over
            ? _guardians.Select(guardian => notices.LargePayment(guardian, AccountId, paid, debit.Description))
            : [];
        return [.. LowBalanceAlerts(debit), .. large];
    }

    /// <summary>
    /// A payer's refusal as answered, after telling the guardians when it was a limit (once a local day: a child
    /// trying again is not a new event). Only a refusal by a limit writes anything, and only then is the answer delayed.
    /// </summary>
    private async Task<PaymentResult> RefusedByPayer(LedgerOutcome outcome, AccountBook book, Money amount)
    {
        var remaining = RemainingToday();
        var now = clock.GetUtcNow();
        if (outcome is LedgerOutcome.DailyLimitExceeded or LedgerOutcome.PaymentLimitExceeded && _guardians.Count > 0 && now >= _limitNoticedUntil)
        {
            _limitNoticedUntil = Spending.EndOfDay(now);
            IReadOnlyList<RecordChange> told = [.. _guardians.Select(guardian => notices.LimitReached(guardian, AccountId, amount, remaining))];
            await store.ApplyChangesAsync(told);
            NotificationPublisher.Publish(GrainFactory, told);
        }

        return new PaymentResult(outcome, null, book.Balance, RemainingToday: remaining);
    }

    /// <summary>The changes with a guardian's copy of each top-up notice among them (settled or approved).</summary>
    private IReadOnlyList<RecordChange> WithGuardianCopies(IReadOnlyList<RecordChange> changes)
    {
        var parentNotices = changes.OfType<NotificationCreated>()
            .Where(n => n.Notification.UserId == AccountId && n.Notification.Kind is NotificationKind.TopUpSettled or NotificationKind.TopUpApproved)
            .ToList();
        return parentNotices.Count == 0 || _guardians.Count == 0
            ? changes
            : [.. changes, .. parentNotices.SelectMany(n => _guardians.Select(guardian => notices.ForGuardian(n.Notification, guardian)))];
    }
}
