using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;

namespace Cashless.Grains.Accounts;

/// <summary>
/// What one account spent in payments in the current local day: each payment adds, each payment reversal or refund
/// received gives back (never below zero), and the sum starts again at local midnight. Kept in the grain so a limit is
/// checked with no store round trip; <see cref="Replay"/> rebuilds it from the day's journal on activation, by the
/// same rule. The day's bounds are kept as instants, so a payment within the day costs two comparisons, not a time
/// zone conversion.
/// </summary>
internal sealed class DailySpending(TimeZoneInfo zone)
{
    private DateTimeOffset _dayStart = DateTimeOffset.MaxValue;
    private DateTimeOffset _dayEnd = DateTimeOffset.MinValue;
    private Money _spent;

    public Money SpentOn(DateTimeOffset now) => IsToday(now) ? _spent : Money.Zero;

    public void Spend(Money amount, DateTimeOffset at)
    {
        StartDayOf(at);
        _spent += amount;
    }

    public void GiveBack(Money amount, DateTimeOffset at)
    {
        StartDayOf(at);
        _spent = amount >= _spent ? Money.Zero : _spent - amount;
    }

    /// <summary>The instant the local day of <paramref name="now"/> began.</summary>
    public DateTimeOffset StartOfDay(DateTimeOffset now) => Midnight(LocalDay(now));

    /// <summary>The instant the local day of <paramref name="now"/> ends (the next local midnight).</summary>
    public DateTimeOffset EndOfDay(DateTimeOffset now) => Midnight(LocalDay(now).AddDays(1));

    /// <summary>Applies one journal entry of the day, in journal order.</summary>
    public void Replay(JournalEntry entry)
    {
        var amount = entry.Amount < Money.Zero ? -entry.Amount : entry.Amount;
        switch (entry.Kind)
        {
            case EntryKind.PaymentOut:
                Spend(amount, entry.CreatedAt);
                break;
            case EntryKind.PaymentReversal or EntryKind.RefundIn:
                GiveBack(amount, entry.CreatedAt);
                break;
        }
    }

    private bool IsToday(DateTimeOffset at) => at >= _dayStart && at < _dayEnd;

    private DateOnly LocalDay(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    private DateTimeOffset Midnight(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }

    private void StartDayOf(DateTimeOffset at)
    {
        if (IsToday(at))
        {
            return;
        }

        var day = LocalDay(at);
        (_dayStart, _dayEnd, _spent) = (Midnight(day), Midnight(day.AddDays(1)), Money.Zero);
    }
}
