using Cashless.Grains.Accounts;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;
using Xunit;

namespace Cashless.Grains.Tests;

/// <summary>
/// An account's times never go back, whatever the clock says: the stores read a time range of one account along its
/// sequence (decision 0007), so an entry dated before an earlier one would be reported out of its period.
/// </summary>
public sealed class AccountBookTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Record_WhenTheClockStepsBack_DatesTheEntryAtTheLastChange()
    {
        var book = NewBook(updatedAt: Noon);

        var first = book.Record(TopUp("op-1"), Noon.AddSeconds(5));
        var second = book.Record(TopUp("op-2"), Noon.AddSeconds(-30));

        Assert.Equal((Noon.AddSeconds(5), Noon.AddSeconds(5)), (first.CreatedAt, second.CreatedAt));
        Assert.Equal(first.Sequence + 1, second.Sequence);
    }

    [Fact]
    public void ChangeStatusOrRole_WithAnEarlierTime_DoNotMoveTheAccountBackInTime()
    {
        var book = NewBook(updatedAt: Noon);

        book.ChangeStatus(AccountStatus.Frozen, Noon.AddMinutes(-1));
        book.ChangeRole(AccountRole.Seller, Noon.AddMinutes(-2));
        var entry = book.Record(TopUp("op-1"), Noon.AddMinutes(-3));

        Assert.Equal((Noon, Noon), (book.UpdatedAt, entry.CreatedAt));
    }

    private static AccountBook NewBook(DateTimeOffset updatedAt) =>
        new(new AccountSnapshot("usr_1", AccountRole.Buyer, AccountStatus.Active, Money.Zero, 1, Money.Zero, updatedAt), Money.Zero);

    private static EntryDraft TopUp(string operationId) =>
        new(operationId, EntryKind.TopUp, new Money(1_000), operationId, null, "desk");
}
