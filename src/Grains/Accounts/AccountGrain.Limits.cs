using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cashless.Grains.Accounts;

/// <summary>
/// Spending limits: the rules a guardian or an admin set on a student's wallet are held here with the day's spending,
/// so a payment is checked against them in the same synchronous decision as the balance, with no store round trip,
/// and two payments that together pass the daily limit cannot both be admitted.
/// </summary>
internal sealed partial class AccountGrain
{
    private const int ReplayPageSize = 100;

    private WalletRules _rules = WalletRules.None;
    private Task _rulesChange = Task.CompletedTask;
    private DailySpending? _spending;

    private DailySpending Spending => _spending ??= new DailySpending(
        ServiceProvider.GetRequiredService<IOptions<SchoolDayOptions>>().Value.Zone);

    public Task<LedgerOutcome> SetRules(WalletRules rules) => ChangeRules(_ => rules);

    public Task<LedgerOutcome> SetLowBalanceThreshold(Money? threshold) =>
        ChangeRules(rules => rules with { LowBalanceThreshold = threshold });

    /// <summary>
    /// Stores the rules <paramref name="change"/> makes of the current ones, then holds them. Changes wait for each other,
    /// so a student's threshold and a guardian's limits set at once never undo each other.
    /// </summary>
    private async Task<LedgerOutcome> ChangeRules(Func<WalletRules, WalletRules> change)
    {
        var book = EnsureHealthy();
        if (book is null)
        {
            return LedgerOutcome.AccountNotFound;
        }

        if (book.Role != AccountRole.Buyer)
        {
            return LedgerOutcome.NotAWallet;
        }

        var before = _rulesChange;
        var mine = ChangeAfter(before, change);
        _rulesChange = mine;
        await mine;
        return LedgerOutcome.Ok;
    }

    private async Task ChangeAfter(Task before, Func<WalletRules, WalletRules> change)
    {
        await before.ContinueWith(static _ => { }, TaskScheduler.Current);
        var rules = change(_rules);
        await store.SaveWalletRulesAsync(AccountId, rules, clock.GetUtcNow());
        _rules = rules;
    }

    /// <summary>Reads a student's rules and rebuilds the day's spending from the journal (only students have rules).</summary>
    private async Task LoadRulesAsync(CancellationToken ct)
    {
        if (_book is not { Role: AccountRole.Buyer })
        {
            return;
        }

        _rules = await store.GetWalletRulesAsync(AccountId, ct);
        await LoadGuardiansAsync(ct);
        var since = Spending.StartOfDay(clock.GetUtcNow());
        var todays = new List<JournalEntry>();
        var page = new PageRequest(ReplayPageSize, null);
        while (true)
        {
            var entries = await store.ListEntriesAsync(AccountId, page, ct);
            todays.AddRange(entries.Items.TakeWhile(e => e.CreatedAt >= since));
            if (entries.NextCursor is null || entries.Items.Any(e => e.CreatedAt < since))
            {
                break;
            }

            page = page with { Before = entries.NextCursor };
        }

        foreach (var entry in Enumerable.Reverse(todays))
        {
            Spending.Replay(entry);
        }
    }

    /// <summary>The refusal a payment of <paramref name="amount"/> meets under the wallet's limits, or null when they allow it.</summary>
    private LedgerOutcome? CheckLimits(Money amount) =>
        _rules.PaymentLimit is { } perPayment && amount > perPayment ? LedgerOutcome.PaymentLimitExceeded
        : RemainingToday() is { } remaining && amount > remaining ? LedgerOutcome.DailyLimitExceeded
        : null;

    /// <summary>What the daily limit still allows today; null without a daily limit.</summary>
    private Money? RemainingToday()
    {
        if (_rules.DailyLimit is not { } daily)
        {
            return null;
        }

        var spent = Spending.SpentOn(clock.GetUtcNow());
        return spent >= daily ? Money.Zero : daily - spent;
    }

    private WalletView? ViewWithRules(AccountBook? book) =>
        book is null ? null : book.View() with { Rules = _rules, RemainingToday = RemainingToday() };
}
