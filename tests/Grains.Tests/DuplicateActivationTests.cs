using Cashless.Grains.Accounts;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Ledger;
using Xunit;

namespace Cashless.Grains.Tests;

/// <summary>
/// Another writer (as a second activation during a membership change would be) commits behind the grain's back.
/// The store's version check must refuse the stale grain, which then reloads instead of overwriting.
/// </summary>
[Collection(ClusterTestGroup.Name)]
public sealed class DuplicateActivationTests(ClusterFixture fixture)
{
    private readonly TestAccounts _accounts = new(fixture.Grains);

    [Fact]
    public async Task Pay_AfterForeignCommit_IsRefusedThenReloadsWithoutLosingEither()
    {
        var buyer = await _accounts.Open(topUp: 10_000);
        var seller = await _accounts.Open(AccountRole.Seller);
        Assert.Equal(10_000, await _accounts.Balance(buyer));

        await CommitForeignTopUp(buyer, 5_000);

        // The grain still believes sequence 2 is next and the balance 10,000: its next commit must be refused, not applied.
        var refused = await Assert.ThrowsAsync<CommitConflictException>(() => _accounts.Pay(buyer, seller, 3_000));
        Assert.Contains($"commit of account {buyer} from sequence 2 ", refused.Message, StringComparison.Ordinal);
        await Eventually.True(async () => await PayOnceReloaded(buyer, seller) == LedgerOutcome.Ok, TimeSpan.FromSeconds(10), "the reloaded grain to pay");

        Assert.Equal(12_000, await _accounts.Balance(buyer));
        Assert.Equal(3_000, await _accounts.Balance(seller));
        await LedgerAudit.AssertConsistent(fixture.Store, [buyer, seller]);
    }

    [Fact]
    public async Task SetStatus_AfterForeignCommit_NeverWritesTheStaleBalanceBack()
    {
        var buyer = await _accounts.Open(topUp: 10_000);
        await CommitForeignTopUp(buyer, 5_000);

        // A status change moves no money: its marker entry claims the next sequence, which the foreign commit took.
        var refused = await Assert.ThrowsAsync<CommitConflictException>(() => _accounts.Account(buyer).SetStatus(AccountStatus.Frozen));
        Assert.Contains($"commit of account {buyer} from sequence 2 ", refused.Message, StringComparison.Ordinal);

        Assert.Equal(new Money(15_000), (await fixture.Store.LoadAccountAsync(buyer))?.Balance);
        await Eventually.True(async () =>
        {
            try
            {
                return await _accounts.Balance(buyer) == 15_000;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(10), "the reloaded grain to show the foreign top-up");
        await LedgerAudit.AssertConsistent(fixture.Store, [buyer]);
    }

    [Fact]
    public async Task Pay_AfterForeignFreeze_IsRefusedThenRefusedAsFrozen()
    {
        var buyer = await _accounts.Open(topUp: 10_000);
        var seller = await _accounts.Open(AccountRole.Seller);
        Assert.Equal(10_000, await _accounts.Balance(buyer));

        // The freeze moves no money: only its marker entry, on the sequence the grain would debit at, stops the stale debit.
        var snapshot = await fixture.Store.LoadAccountAsync(buyer) ?? throw new InvalidOperationException("no account");
        var marker = new JournalEntry(buyer, snapshot.NextSequence, "marker:foreign", EntryKind.Marker, Money.Zero, snapshot.Balance, null, "frozen", "Account frozen", DateTimeOffset.UtcNow);
        var freeze = new AccountCommit(buyer, AccountStatus.Frozen, true, marker.CreatedAt, [marker], []);
        Assert.Equal(CommitOutcome.Committed, await fixture.Store.CommitAsync(freeze));

        await Assert.ThrowsAsync<CommitConflictException>(() => _accounts.Pay(buyer, seller, 3_000));
        await Eventually.True(
            async () => await PayOnceReloaded(buyer, seller) == LedgerOutcome.AccountFrozen, TimeSpan.FromSeconds(10), "the reloaded grain to refuse as frozen");

        // The payee's credit went to the writer right behind the refused debit and was refused with it (its payment was never made).
        Assert.Equal(new Money(10_000), (await fixture.Store.LoadAccountAsync(buyer))?.Balance);
        Assert.Equal(Money.Zero, (await fixture.Store.LoadAccountAsync(seller))?.Balance);
        await LedgerAudit.AssertConsistent(fixture.Store, [buyer, seller]);
    }

    /// <summary>A payment of 3,000, or null while the payer still reloads after its refused commit.</summary>
    private async Task<LedgerOutcome?> PayOnceReloaded(string payer, string payee)
    {
        try
        {
            return (await _accounts.Pay(payer, payee, 3_000)).Outcome;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private async Task CommitForeignTopUp(string accountId, long amount)
    {
        var snapshot = await fixture.Store.LoadAccountAsync(accountId) ?? throw new InvalidOperationException("no account");
        var now = DateTimeOffset.UtcNow;
        var topUpId = "top_" + Guid.CreateVersion7().ToString("N");
        var balance = snapshot.Balance + new Money(amount);
        var entry = new JournalEntry(accountId, snapshot.NextSequence, topUpId, EntryKind.TopUp, new Money(amount), balance, null, topUpId, "foreign", now);
        var record = new TopUpRecord(topUpId, accountId, TopUpChannel.Admin, TopUpStatus.Settled, new Money(amount), now, now, null, null);
        var commit = new AccountCommit(accountId, snapshot.Status, false, now, [entry], [new TopUpCreated(record)]);
        Assert.Equal(CommitOutcome.Committed, await fixture.Store.CommitAsync(commit));
    }
}
