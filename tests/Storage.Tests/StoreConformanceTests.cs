using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Idempotency;
using Cashless.Grains.Interfaces.Notifications;
using Cashless.Grains.Notifications;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Interfaces.Withdrawals;
using Cashless.Grains.Ledger;
using Xunit;

namespace Cashless.Storage.Tests;

/// <summary>
/// What every adapter of the store port must do. Each adapter's test class derives from this and says how to
/// open a fresh store; the same assertions then run against SQLite, PostgreSQL and MongoDB.
/// </summary>
public abstract partial class StoreConformanceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    protected ICashlessStore Store { get; private set; } = null!;

    /// <summary>A new, empty, initialized store.</summary>
    protected abstract Task<ICashlessStore> OpenFreshStoreAsync();

    /// <summary>
    /// The relational stores read payment notifications from the journal (decision 0007); MongoDB keeps them as documents
    /// written by the commit (<c>NotificationCreated</c>, derived or not), so the grains' notifications read the same.
    /// </summary>
    protected virtual bool DerivesPaymentNotifications => true;

    /// <summary>The same database opened again by a new store instance (as after a restart).</summary>
    protected abstract Task<ICashlessStore> ReopenStoreAsync();

    public async Task InitializeAsync() => Store = await OpenFreshStoreAsync();

    public virtual async Task DisposeAsync()
    {
        if (Store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task Initialize_RunTwice_IsHarmless()
    {
        await Store.InitializeAsync();
        await Store.InitializeAsync();
        Assert.True(await Store.CreateUserAsync(NewUser("usr_a", "a@example.com")));
    }

    [SkippableFact]
    public async Task CreateUser_EmailTakenInOtherCase_ReturnsFalse()
    {
        Assert.True(await Store.CreateUserAsync(NewUser("usr_1", "Siti@Example.com")));
        Assert.False(await Store.CreateUserAsync(NewUser("usr_2", "siti@example.COM")));
        var found = await Store.FindUserByEmailAsync("SITI@example.com");
        Assert.Equal("usr_1", found?.Id);
        Assert.Null(await Store.GetUserAsync("usr_2"));
    }

    [SkippableFact]
    public async Task LoadAccount_NewUser_IsEmptyAtSequenceOne()
    {
        await Store.CreateUserAsync(NewUser("usr_1", "one@example.com"));
        var account = await Store.LoadAccountAsync("usr_1");
        Assert.NotNull(account);
        Assert.Equal(Money.Zero, account.Balance);
        Assert.Equal(1, account.NextSequence);
        Assert.Null(await Store.LoadAccountAsync("usr_missing"));
    }

    [SkippableFact]
    public async Task Commit_AtNextSequence_IsDurableAfterReopen()
    {
        await Store.CreateUserAsync(NewUser("usr_1", "one@example.com"));
        Assert.Equal(CommitOutcome.Committed, await Store.CommitAsync(TopUpCommit("usr_1", seq: 1, amount: 50_000, balance: 50_000)));

        var reopened = await ReopenStoreAsync();
        var account = await reopened.LoadAccountAsync("usr_1");
        Assert.Equal(new Money(50_000), account?.Balance);
        Assert.Equal(new Money(50_000), account?.EntriesTotal);
        Assert.Equal(2, account?.NextSequence);
        Assert.Equal(TopUpStatus.Settled, (await reopened.GetTopUpAsync("top_usr_1_1"))?.Status);
        if (reopened is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task Commit_SequenceTaken_IsRefusedAndWritesNothing()
    {
        await Store.CreateUserAsync(NewUser("usr_1", "one@example.com"));
        await Store.CommitAsync(TopUpCommit("usr_1", seq: 1, amount: 10_000, balance: 10_000));

        // A writer that decided on the state before the first commit (a stale activation) claims the same sequence.
        var stale = TopUpCommit("usr_1", seq: 1, amount: 20_000, balance: 20_000, operationId: "op-stale") with { Changes = [] };
        Assert.Equal(CommitOutcome.Conflict, await Store.CommitAsync(stale));

        var account = await Store.LoadAccountAsync("usr_1");
        Assert.Equal(new Money(10_000), account?.Balance);
        Assert.Null(await Store.GetTopUpAsync("top_usr_1_2"));
        Assert.Single((await Store.ListEntriesAsync("usr_1", new PageRequest(10, null))).Items);
    }

    [SkippableFact]
    public async Task Commit_MarkerOfAStatusChange_HoldsItsSequenceForTheStatusAndNoJournalListsIt()
    {
        await Store.CreateUserAsync(NewUser("usr_1", "one@example.com"));
        await Store.CommitAsync(TopUpCommit("usr_1", seq: 1, amount: 10_000, balance: 10_000));
        var frozenAt = Now.AddMinutes(1);
        var marker = new JournalEntry("usr_1", 2, "marker:2", EntryKind.Marker, Money.Zero, new Money(10_000), null, "frozen", "Account frozen", frozenAt);
        var freeze = new AccountCommit("usr_1", AccountStatus.Frozen, true, frozenAt, [marker], []);
        Assert.Equal(CommitOutcome.Committed, await Store.CommitAsync(freeze));

        // A debit decided before the freeze (a stale activation) claims the marker's sequence: refused.
        var debit = new JournalEntry("usr_1", 2, "op-stale", EntryKind.Withdrawal, new Money(-1_000), new Money(9_000), null, "wdr_1", "out", Now);
        Assert.Equal(CommitOutcome.Conflict, await Store.CommitAsync(new AccountCommit("usr_1", AccountStatus.Active, false, Now, [debit], [])));

        var account = await Store.LoadAccountAsync("usr_1");
        Assert.Equal((AccountStatus.Frozen, new Money(10_000), 3L, frozenAt), (account?.Status, account?.Balance, account?.NextSequence, account?.UpdatedAt));
        Assert.Equal(AccountStatus.Frozen, (await Store.GetUserAsync("usr_1"))?.Status);
        Assert.Equal([1L], (await Store.ListEntriesAsync("usr_1", new PageRequest(10, null))).Items.Select(e => e.Sequence));
        Assert.Equal([1L], (await Store.ListEntriesBetweenAsync("usr_1", Now, Now.AddHours(1))).Select(e => e.Sequence));
        Assert.Equal([1L], (await ToListAsync(Store.StreamEntriesAsync(null, Now, Now.AddHours(1)))).Select(e => e.Sequence));
        Assert.Equal([1L], (await ToListAsync(Store.StreamEntriesAsync("usr_1", Now, Now.AddHours(1)))).Select(e => e.Sequence));
        Assert.Equal(10_000, (await Store.GetConservationTotalsAsync()).Balances);
    }

    [SkippableFact]
    public async Task Commit_RepeatedOperationId_IsRefusedAndWritesNothing()
    {
        await Store.CreateUserAsync(NewUser("usr_1", "one@example.com"));
        await Store.CommitAsync(TopUpCommit("usr_1", seq: 1, amount: 10_000, balance: 10_000, operationId: "op-1"));

        var repeat = TopUpCommit("usr_1", seq: 2, amount: 10_000, balance: 20_000, operationId: "op-1");
        Assert.Equal(CommitOutcome.Conflict, await Store.CommitAsync(repeat));

        var account = await Store.LoadAccountAsync("usr_1");
        Assert.Equal(new Money(10_000), account?.Balance);
        Assert.Equal(2, account?.NextSequence);
        Assert.Equal("top_usr_1_1", (await Store.FindEntryAsync("usr_1", "op-1"))?.Reference);
    }

    [SkippableFact]
    public async Task Commit_PaymentMovedFromWrongState_IsRefusedWhole()
    {
        await SeedPayment("pay_1", payer: "usr_p", payee: "usr_q", amount: 5_000);
        var credit = PaymentCredit("usr_q", "pay_1", 5_000);
        Assert.Equal(CommitOutcome.Committed, await Store.CommitAsync(credit));
        Assert.Equal(PaymentState.Completed, (await Store.GetPaymentAsync("pay_1"))?.State);

        // A second delivery (say, from a duplicate activation) finds the payment no longer in flight.
        var credit2 = credit.Entries[0] with { Sequence = 2, BalanceAfter = new Money(10_000) };
        var again = credit with { Entries = [credit2] };
        Assert.Equal(CommitOutcome.Conflict, await Store.CommitAsync(again));
        Assert.Equal(new Money(5_000), (await Store.LoadAccountAsync("usr_q"))?.Balance);
    }

    [SkippableTheory]
    [InlineData("usr_q", EntryKind.PaymentIn, "pay_1", PaymentState.Completed)]
    [InlineData("usr_p", EntryKind.PaymentReversal, "reversal:pay_1", PaymentState.Reversed)]
    public async Task Commit_PaymentSettledTwice_IsRefusedByThePaymentsStateAlone(
        string account, EntryKind kind, string operationId, PaymentState settled)
    {
        // The payee's credit or the payer's reversal, each written twice, each time at the account's next
        // sequence: only the payment's move from in flight can refuse the second, as neither kind has an operation-id row
        // to collide on (decision 0010), and no look-up by operation id finds them.
        await SeedPayment("pay_1", payer: "usr_p", payee: "usr_q", amount: 5_000);
        var before = (await Store.LoadAccountAsync(account))!;
        AccountCommit Settle(long seq, long balance) => new(account, AccountStatus.Active, false, Now,
            [new JournalEntry(account, seq, operationId, kind, new Money(5_000), new Money(balance), "usr_x", "pay_1", "lunch", Now)],
            [new PaymentMoved("pay_1", PaymentState.InFlight, settled, Now)]);

        var first = Settle(before.NextSequence, before.Balance.Rupiah + 5_000);
        Assert.Equal(CommitOutcome.Committed, await Store.CommitAsync(first));
        var again = Settle(before.NextSequence + 1, before.Balance.Rupiah + 10_000);

        Assert.Equal(CommitOutcome.Conflict, await Store.CommitAsync(again));
        Assert.Equal(new Money(before.Balance.Rupiah + 5_000), (await Store.LoadAccountAsync(account))?.Balance);
        Assert.Equal(settled, (await Store.GetPaymentAsync("pay_1"))?.State);
        Assert.Null(await Store.FindEntryAsync(account, operationId));
    }

    [SkippableFact]
    public async Task Commit_PaymentsEntries_ReadBackWithTheirOperationIds()
    {
        // A credit's operation id is its payment's id, which its reference holds too: a store may keep it once, but every
        // read gives it back, and the debit (whose operation id is the same id) is still found by it.
        await SeedPayment("pay_1", payer: "usr_p", payee: "usr_q", amount: 1_000);
        var credit = PaymentCredit("usr_q", "pay_1", 1_000);
        Assert.Equal(CommitOutcome.Committed, await Store.CommitAsync(credit));

        Assert.Equal(credit.Entries, (await Store.ListEntriesAsync("usr_q", new PageRequest(10, null))).Items);
        Assert.Equal(credit.Entries, await Store.ListEntriesBetweenAsync("usr_q", Now, Now.AddSeconds(1)));
        Assert.Equal("pay_1", (await Store.FindEntryAsync("usr_p", "pay_1"))?.OperationId);
    }

    [SkippableFact]
    public async Task ListInFlightPayments_OnlyUndeliveredOnes_OldestFirst()
    {
        await SeedPayment("pay_1", payer: "usr_p", payee: "usr_q", amount: 1_000);
        var inFlight = await Store.ListInFlightPaymentsAsync("usr_p", DateTimeOffset.MaxValue, 10);
        Assert.Equal(["pay_1"], inFlight.Select(p => p.Id));
        Assert.Equal(new ConservationTotals(9_000, 1_000, 10_000, 0), await Store.GetConservationTotalsAsync());

        await Store.CommitAsync(PaymentCredit("usr_q", "pay_1", 1_000));
        Assert.Empty(await Store.ListInFlightPaymentsAsync(null, DateTimeOffset.MaxValue, 10));
        Assert.True((await Store.GetConservationTotalsAsync()).Balanced);
    }

    [SkippableFact]
    public async Task ListEntries_ManyEntries_PagesNewestFirstWithCursor()
    {
        await Store.CreateUserAsync(NewUser("usr_1", "one@example.com"));
        for (var i = 1; i <= 5; i++)
        {
            await Store.CommitAsync(TopUpCommit("usr_1", seq: i, amount: 1_000, balance: i * 1_000));
        }

        var first = await Store.ListEntriesAsync("usr_1", new PageRequest(2, null));
        Assert.Equal([5L, 4L], first.Items.Select(e => e.Sequence));
        var second = await Store.ListEntriesAsync("usr_1", new PageRequest(2, first.NextCursor));
        Assert.Equal([3L, 2L], second.Items.Select(e => e.Sequence));
        var last = await Store.ListEntriesAsync("usr_1", new PageRequest(2, second.NextCursor));
        Assert.Equal([1L], last.Items.Select(e => e.Sequence));
        Assert.Null(last.NextCursor);
    }

    [SkippableFact]
    public async Task Commit_ManyConcurrentWithOneConflict_OthersAllLand()
    {
        var ids = Enumerable.Range(0, 50).Select(i => $"usr_{i:D2}").ToList();
        foreach (var id in ids)
        {
            await Store.CreateUserAsync(NewUser(id, $"{id}@example.com"));
        }

        var commits = ids.Select(id => TopUpCommit(id, seq: 1, amount: 1_000, balance: 1_000)).ToList();
        commits.Add(TopUpCommit(ids[0], seq: 1, amount: 1_000, balance: 1_000, operationId: "other"));
        var outcomes = await Task.WhenAll(commits.Select(c => Store.CommitAsync(c)));

        Assert.Equal(50, outcomes.Count(o => o == CommitOutcome.Committed));
        Assert.Equal(1, outcomes.Count(o => o == CommitOutcome.Conflict));
        var totals = await Store.GetConservationTotalsAsync();
        Assert.Equal(50_000, totals.Balances);
        Assert.True(totals.Balanced);
    }

    [SkippableFact]
    public async Task SearchUsers_ByTextAndRole_PagesById()
    {
        await Store.CreateUserAsync(NewUser("usr_1", "budi@school.id", AccountRole.Buyer, "Budi Santoso"));
        await Store.CreateUserAsync(NewUser("usr_2", "kantin@school.id", AccountRole.Seller, "Kantin Bu Sri"));
        await Store.CreateUserAsync(NewUser("usr_3", "sri@school.id", AccountRole.Buyer, "Sri Wahyuni"));

        var sri = await Store.SearchUsersAsync(new UserQuery("SRI", null, new PageRequest(10, null)));
        Assert.Equal(["usr_3", "usr_2"], sri.Items.Select(u => u.Id));
        var buyers = await Store.SearchUsersAsync(new UserQuery(null, AccountRole.Buyer, new PageRequest(1, null)));
        Assert.Equal(["usr_3"], buyers.Items.Select(u => u.Id));
        var more = await Store.SearchUsersAsync(new UserQuery(null, AccountRole.Buyer, new PageRequest(1, buyers.NextCursor)));
        Assert.Equal(["usr_1"], more.Items.Select(u => u.Id));
    }

    [SkippableFact]
    public async Task UpdatePasswordHash_ExistingUser_IsStored()
    {
        await Store.CreateUserAsync(NewUser("usr_1", "one@example.com"));
        await Store.UpdatePasswordHashAsync("usr_1", "new-hash");
        Assert.Equal("new-hash", (await Store.GetUserAsync("usr_1"))?.PasswordHash);
    }

    [SkippableFact]
    public async Task UpdateUserRole_ExistingUser_ChangesTheUserAndItsAccount()
    {
        await Store.CreateUserAsync(NewUser("usr_1", "one@example.com", AccountRole.Admin, "One"));
        await Store.UpdateUserRoleAsync("usr_1", AccountRole.Buyer);
        Assert.Equal(AccountRole.Buyer, (await Store.GetUserAsync("usr_1"))?.Role);
        Assert.Equal(AccountRole.Buyer, (await Store.LoadAccountAsync("usr_1"))?.Role);
    }

    [SkippableFact]
    public async Task Sessions_RevokedTokensAndCutoff_AreKeptUntilExpiry()
    {
        await Store.RevokeTokenAsync("usr_1", "jti-old", Now.AddHours(-1));
        await Store.RevokeTokenAsync("usr_1", "jti-live", Now.AddHours(1));
        await Store.RevokeAllTokensAsync("usr_1", Now, "jti-kept");

        var session = await Store.LoadSessionAsync("usr_1", Now);
        Assert.Equal(["jti-live"], session.RevokedTokens.Keys);
        Assert.Equal(Now, session.RevokedUpTo);
        Assert.Equal("jti-kept", session.KeptTokenId);
        var other = await Store.LoadSessionAsync("usr_2", Now);
        Assert.Null(other.RevokedUpTo);
        Assert.Empty(other.RevokedTokens);
    }

    [SkippableFact]
    public async Task Idempotency_SavedAnswer_IsReturnedAndReplaceable()
    {
        var response = new IdempotentResponse(201, "application/json", "{\"id\":\"pay_1\"}"u8.ToArray(), "/api/v1/payments/pay_1");
        await Store.SaveIdempotencyAsync(new IdempotencyRecord("usr_1/key-1", "hash-a", response, Now));

        var found = await Store.GetIdempotencyAsync("usr_1/key-1");
        Assert.Equal("hash-a", found?.RequestHash);
        Assert.Equal(response.Body, found?.Response.Body);
        Assert.Equal(201, found?.Response.StatusCode);
        Assert.Equal("/api/v1/payments/pay_1", found?.Response.Location);

        await Store.SaveIdempotencyAsync(new IdempotencyRecord("usr_1/key-1", "hash-b", response, Now.AddDays(2)));
        Assert.Equal("hash-b", (await Store.GetIdempotencyAsync("usr_1/key-1"))?.RequestHash);
        Assert.Null(await Store.GetIdempotencyAsync("usr_1/other"));
    }

    [SkippableFact]
    public async Task DeleteIdempotencyBefore_OnlyOlderAnswers_ABatchAtATime()
    {
        var response = new IdempotentResponse(201, null, [1], null);
        foreach (var (scope, age) in new[] { ("usr_1/a", 30), ("usr_1/b", 26), ("usr_1/c", 25), ("usr_1/d", 23) })
        {
            await Store.SaveIdempotencyAsync(new IdempotencyRecord(scope, "h", response, Now.AddHours(-age)));
        }

        Assert.Equal(2, await Store.DeleteIdempotencyBeforeAsync(Now.AddHours(-24), 2));
        Assert.Equal(1, await Store.DeleteIdempotencyBeforeAsync(Now.AddHours(-24), 2));
        Assert.Equal(0, await Store.DeleteIdempotencyBeforeAsync(Now.AddHours(-24), 2));

        Assert.Null(await Store.GetIdempotencyAsync("usr_1/a"));
        Assert.Null(await Store.GetIdempotencyAsync("usr_1/c"));
        Assert.NotNull(await Store.GetIdempotencyAsync("usr_1/d"));
    }

    [SkippableFact]
    public async Task DeleteRevokedTokensExpiredBefore_KeepsTokensStillWorthRefusing()
    {
        await Store.RevokeTokenAsync("usr_1", "jti-gone", Now.AddMinutes(-10));
        await Store.RevokeTokenAsync("usr_2", "jti-also-gone", Now.AddMinutes(-6));
        await Store.RevokeTokenAsync("usr_1", "jti-recent", Now.AddMinutes(-1));
        await Store.RevokeTokenAsync("usr_1", "jti-live", Now.AddHours(1));

        Assert.Equal(2, await Store.DeleteRevokedTokensExpiredBeforeAsync(Now.AddMinutes(-5), 10));

        var session = await Store.LoadSessionAsync("usr_1", Now.AddHours(-1));
        Assert.Equal(["jti-live", "jti-recent"], session.RevokedTokens.Keys.Order(StringComparer.Ordinal));
        Assert.Empty((await Store.LoadSessionAsync("usr_2", Now.AddHours(-1))).RevokedTokens);
    }

    [SkippableFact]
    public async Task ApplyChanges_TopUpLifecycle_MovesOnlyFromExpectedStatus()
    {
        var topUp = new TopUpRecord("top_va", "usr_1", TopUpChannel.VirtualAccount, TopUpStatus.Pending, new Money(20_000), Now, Now, null, "usr_1")
        {
            VirtualAccount = new VirtualAccountDetails("bni", null, null, null, null, null),
        };
        Assert.Equal(CommitOutcome.Committed, await Store.ApplyChangesAsync([new TopUpCreated(topUp)]));
        var issued = new VirtualAccountDetails("bni", "9881234", null, null, Now.AddDays(1), "tx-9");
        Assert.Equal(CommitOutcome.Committed, await Store.ApplyChangesAsync(
            [new TopUpMoved("top_va", [TopUpStatus.Pending], TopUpStatus.Pending, Now) { VirtualAccount = issued }]));

        var stored = await Store.GetTopUpAsync("top_va");
        Assert.Equal("9881234", stored?.VirtualAccount?.VaNumber);
        Assert.Equal("bni", stored?.VirtualAccount?.Bank);
        Assert.Equal(Now.AddDays(1), stored?.VirtualAccount?.ExpiresAt);
        Assert.Equal(["top_va"], (await Store.ListPendingVirtualAccountTopUpsAsync(Now.AddMinutes(1), null, 10)).Select(t => t.Id));

        Assert.Equal(CommitOutcome.Committed, await Store.ApplyChangesAsync(
            [new TopUpMoved("top_va", [TopUpStatus.Pending], TopUpStatus.Expired, Now) { Reason = "gateway: expire" }]));
        Assert.Equal(CommitOutcome.Conflict, await Store.ApplyChangesAsync(
            [new TopUpMoved("top_va", [TopUpStatus.Pending], TopUpStatus.Cancelled, Now)]));
        Assert.Equal(TopUpStatus.Expired, (await Store.GetTopUpAsync("top_va"))?.Status);
        Assert.Empty(await Store.ListPendingVirtualAccountTopUpsAsync(Now.AddMinutes(1), null, 10));

        // Paid after it was closed: flagged with the amount the gateway reported; other moves keep the amount.
        Assert.Equal(CommitOutcome.Committed, await Store.ApplyChangesAsync(
            [new TopUpMoved("top_va", [TopUpStatus.Expired], TopUpStatus.Flagged, Now) { Amount = new Money(25_000) }]));
        Assert.Equal(25_000, (await Store.GetTopUpAsync("top_va"))?.Amount.Rupiah);
        Assert.Equal(CommitOutcome.Committed, await Store.ApplyChangesAsync(
            [new TopUpMoved("top_va", [TopUpStatus.Flagged], TopUpStatus.Rejected, Now) { Reason = "test" }]));
        Assert.Equal(25_000, (await Store.GetTopUpAsync("top_va"))?.Amount.Rupiah);
    }

    [SkippableFact]
    public async Task ApplyChanges_TopUpMoveExpectingSeveralOrNoStatuses_MovesOnlyFromOneOfThem()
    {
        var topUp = new TopUpRecord("top_desk", "usr_1", TopUpChannel.BankTransfer, TopUpStatus.AwaitingReview, new Money(20_000), Now, Now, null, "usr_1")
        {
            BankTransfer = new BankTransferDetails("bca", "Ani", "REF-1"),
        };
        Assert.Equal(CommitOutcome.Committed, await Store.ApplyChangesAsync([new TopUpCreated(topUp)]));

        Assert.Equal(CommitOutcome.Conflict, await Store.ApplyChangesAsync(
            [new TopUpMoved("top_desk", [], TopUpStatus.Rejected, Now)]));
        Assert.Equal(CommitOutcome.Conflict, await Store.ApplyChangesAsync(
            [new TopUpMoved("top_desk", [TopUpStatus.Pending, TopUpStatus.Settled], TopUpStatus.Rejected, Now)]));
        Assert.Equal(TopUpStatus.AwaitingReview, (await Store.GetTopUpAsync("top_desk"))?.Status);
        Assert.Equal(CommitOutcome.Committed, await Store.ApplyChangesAsync(
            [new TopUpMoved("top_desk", [TopUpStatus.Pending, TopUpStatus.AwaitingReview, TopUpStatus.Flagged], TopUpStatus.Rejected, Now)]));
        Assert.Equal(TopUpStatus.Rejected, (await Store.GetTopUpAsync("top_desk"))?.Status);
    }

    [SkippableFact]
    public async Task ListTransferClaims_SameReferenceWithoutCaseOrSpaces_OldestFirstWithTheirMark()
    {
        var claims = new (string Id, string Reference, string? DuplicateOf)[]
        {
            ("top_2", "trf 0042", "top_1"), ("top_1", "TRF0042", null), ("top_3", "TRF-0042", null), ("top_4", "TRF00420", null),
        };
        foreach (var (id, reference, duplicateOf) in claims)
        {
            var topUp = new TopUpRecord(id, "usr_1", TopUpChannel.BankTransfer, TopUpStatus.AwaitingReview, new Money(50_000), Now, Now, null, "usr_1")
            {
                BankTransfer = new BankTransferDetails("bca", "Siti", reference),
                PossibleDuplicateOf = duplicateOf,
            };
            Assert.Equal(CommitOutcome.Committed, await Store.ApplyChangesAsync([new TopUpCreated(topUp)]));
        }

        var found = await Store.ListTransferClaimsAsync(TransferReference.Key("Trf 0042"));

        Assert.Equal(["top_1", "top_2"], found.Select(t => t.Id));
        Assert.Equal([null, "top_1"], found.Select(t => t.PossibleDuplicateOf));
        Assert.Equal("trf 0042", found[1].BankTransfer?.TransferReference);
        Assert.Equal("top_1", (await Store.GetTopUpAsync("top_2"))?.PossibleDuplicateOf);
        Assert.Empty(await Store.ListTransferClaimsAsync(TransferReference.Key("TRF 0043")));
    }

    [SkippableFact]
    public async Task ListPendingVirtualAccountTopUps_AfterAnId_WalksThemAllInIdOrder()
    {
        foreach (var id in new[] { "top_b", "top_a", "top_c" })
        {
            var topUp = new TopUpRecord(id, "usr_1", TopUpChannel.VirtualAccount, TopUpStatus.Pending, new Money(20_000), Now, Now, null, "usr_1")
            {
                VirtualAccount = new VirtualAccountDetails("bni", null, null, null, null, null),
            };
            Assert.Equal(CommitOutcome.Committed, await Store.ApplyChangesAsync([new TopUpCreated(topUp)]));
        }

        var first = await Store.ListPendingVirtualAccountTopUpsAsync(Now.AddMinutes(1), null, 2);
        var rest = await Store.ListPendingVirtualAccountTopUpsAsync(Now.AddMinutes(1), first[^1].Id, 2);

        Assert.Equal(["top_a", "top_b"], first.Select(t => t.Id));
        Assert.Equal(["top_c"], rest.Select(t => t.Id));
    }

    [SkippableFact]
    public async Task ListTopUps_ByAccountAndStatus_PagesNewestFirst()
    {
        await Store.CreateUserAsync(NewUser("usr_1", "one@example.com"));
        await Store.CommitAsync(TopUpCommit("usr_1", seq: 1, amount: 1_000, balance: 1_000));
        await Store.CommitAsync(TopUpCommit("usr_1", seq: 2, amount: 1_000, balance: 2_000));
        var transfer = new TopUpRecord("top_usr_1_3", "usr_1", TopUpChannel.BankTransfer, TopUpStatus.AwaitingReview, new Money(5_000), Now, Now, null, "usr_1")
        {
            BankTransfer = new BankTransferDetails("bca", "Siti", "TRF-1"),
        };
        await Store.ApplyChangesAsync([new TopUpCreated(transfer)]);

        var page = await Store.ListTopUpsAsync(new TopUpQuery("usr_1", null, new PageRequest(2, null)));
        Assert.Equal(["top_usr_1_3", "top_usr_1_2"], page.Items.Select(t => t.Id));
        Assert.Equal("TRF-1", page.Items[0].BankTransfer?.TransferReference);
        var rest = await Store.ListTopUpsAsync(new TopUpQuery("usr_1", null, new PageRequest(2, page.NextCursor)));
        Assert.Equal(["top_usr_1_1"], rest.Items.Select(t => t.Id));
        var awaiting = await Store.ListTopUpsAsync(new TopUpQuery(null, TopUpStatus.AwaitingReview, new PageRequest(10, null)));
        Assert.Equal(["top_usr_1_3"], awaiting.Items.Select(t => t.Id));
    }

    [SkippableFact]
    public async Task Withdrawals_HeldThenClosed_CountInConservationUntilRejected()
    {
        await Store.CreateUserAsync(NewUser("usr_1", "one@example.com"));
        await Store.CommitAsync(TopUpCommit("usr_1", seq: 1, amount: 10_000, balance: 10_000));
        var withdrawal = new WithdrawalRecord("wdr_1", "usr_1", WithdrawalStatus.Pending, new Money(4_000), "bca", "1234567890", "Siti", Now, Now);
        var hold = new JournalEntry("usr_1", 2, "wdr_1", EntryKind.Withdrawal, new Money(-4_000), new Money(6_000), null, "wdr_1", "out", Now);
        await Store.CommitAsync(new AccountCommit("usr_1", AccountStatus.Active, false, Now, [hold], [new WithdrawalCreated(withdrawal)]));
        Assert.Equal(new ConservationTotals(6_000, 0, 10_000, 4_000), await Store.GetConservationTotalsAsync());

        var back = new JournalEntry("usr_1", 3, "reversal:wdr_1", EntryKind.WithdrawalReversal, new Money(4_000), new Money(10_000), null, "wdr_1", "back", Now);
        var reject = new WithdrawalMoved("wdr_1", WithdrawalStatus.Pending, WithdrawalStatus.Rejected, Now, "usr_admin", "wrong name");
        await Store.CommitAsync(new AccountCommit("usr_1", AccountStatus.Active, false, Now, [back], [reject]));

        var stored = await Store.GetWithdrawalAsync("wdr_1");
        Assert.Equal(WithdrawalStatus.Rejected, stored?.Status);
        Assert.Equal("usr_admin", stored?.ReviewedBy);
        Assert.Equal(new ConservationTotals(10_000, 0, 10_000, 0), await Store.GetConservationTotalsAsync());
        Assert.Equal(["wdr_1"], (await Store.ListWithdrawalsAsync(new WithdrawalQuery("usr_1", null, new PageRequest(5, null)))).Items.Select(w => w.Id));
        Assert.Empty((await Store.ListWithdrawalsAsync(new WithdrawalQuery(null, WithdrawalStatus.Pending, new PageRequest(5, null)))).Items);
    }

    [SkippableFact]
    public async Task Conservation_ReversedTopUp_CountsWhatCouldNotBeTakenBack()
    {
        await Store.CreateUserAsync(NewUser("usr_1", "one@example.com"));
        await Store.CommitAsync(TopUpCommit("usr_1", seq: 1, amount: 10_000, balance: 10_000));
        var takeBack = new JournalEntry("usr_1", 2, "reversal:top_usr_1_1", EntryKind.TopUpReversal, new Money(-3_000), new Money(7_000), null, "top_usr_1_1", "back", Now);
        var reversed = new TopUpMoved("top_usr_1_1", [TopUpStatus.Settled], TopUpStatus.Reversed, Now) { Recovered = new Money(3_000) };
        await Store.CommitAsync(new AccountCommit("usr_1", AccountStatus.Frozen, false, Now, [takeBack], [reversed]));

        Assert.Equal(3_000, (await Store.GetTopUpAsync("top_usr_1_1"))?.Recovered.Rupiah);
        Assert.Equal(new ConservationTotals(7_000, 0, 7_000, 0), await Store.GetConservationTotalsAsync());
    }

    [SkippableFact]
    public async Task ListNotifications_SeveralOfTwoUsers_PagesNewestFirstAndFiltersUnread()
    {
        await Store.CreateUserAsync(NewUser("usr_1", "one@example.com"));
        var first = Notice("usr_1", 1);
        await new LedgerScript(Store).Post("usr_1", EntryKind.TopUp, 1_000, "top_1", At(1), TopUpCreatedFor("usr_1", 1_000), new NotificationCreated(first));
        await Store.ApplyChangesAsync([.. Enumerable.Range(2, 4).Select(i => new NotificationCreated(Notice("usr_1", i))), new NotificationCreated(Notice("usr_2", 6))]);
        await Store.MarkNotificationReadAsync("usr_1", "ntf_usr_1_2", At(60));
        await Store.MarkNotificationReadAsync("usr_1", "ntf_usr_1_4", At(60));

        var page = await Store.ListNotificationsAsync("usr_1", unreadOnly: false, new PageRequest(2, null));
        Assert.Equal(["ntf_usr_1_5", "ntf_usr_1_4"], page.Items.Select(n => n.Id));
        Assert.Equal(At(60), page.Items[1].ReadAt);
        page = await Store.ListNotificationsAsync("usr_1", unreadOnly: false, new PageRequest(2, page.NextCursor));
        Assert.Equal(["ntf_usr_1_3", "ntf_usr_1_2"], page.Items.Select(n => n.Id));
        page = await Store.ListNotificationsAsync("usr_1", unreadOnly: false, new PageRequest(2, page.NextCursor));
        Assert.Equal([first], page.Items);
        Assert.Null(page.NextCursor);

        var unread = await Store.ListNotificationsAsync("usr_1", unreadOnly: true, new PageRequest(2, null));
        Assert.Equal(["ntf_usr_1_5", "ntf_usr_1_3"], unread.Items.Select(n => n.Id));
        unread = await Store.ListNotificationsAsync("usr_1", unreadOnly: true, new PageRequest(2, unread.NextCursor));
        Assert.Equal(["ntf_usr_1_1"], unread.Items.Select(n => n.Id));
        Assert.Null(unread.NextCursor);
        Assert.Equal([Notice("usr_2", 6)], (await Store.ListNotificationsAsync("usr_2", unreadOnly: true, new PageRequest(10, null))).Items);
    }

    [SkippableFact]
    public async Task ListNotifications_PaymentEntries_AreReadAsNotificationsMergedPagedAndMarkedRead()
    {
        Skip.If(!DerivesPaymentNotifications, "this store keeps payment notifications as documents of their own");
        await Store.CreateUserAsync(NewUser("usr_b", "b@example.com"));
        await Store.CreateUserAsync(NewUser("usr_s", "s@example.com", AccountRole.Seller));
        var script = new LedgerScript(Store);
        await script.Post("usr_b", EntryKind.TopUp, 50_000, "top_b", At(1), TopUpCreatedFor("usr_b", 50_000));
        await Pay(script, "pay_1", "usr_b", "usr_s", 10_000, At(2));
        await Pay(script, "pay_2", "usr_b", "usr_s", 5_000, At(3));
        await Pay(script, "pay_3", "usr_b", "usr_s", 1_000, At(4), delivered: false);
        await Store.ApplyChangesAsync([new NotificationCreated(Notice("usr_s", 9))]);
        var (received1, received2) = (DerivedNotificationId.Of(At(2), 1), DerivedNotificationId.Of(At(3), 2));

        var page = await Store.ListNotificationsAsync("usr_s", unreadOnly: false, new PageRequest(2, null));
        Assert.Equal(["ntf_usr_s_9", received2], page.Items.Select(n => n.Id));
        Assert.Equal((NotificationKind.PaymentReceived, new Money(5_000), "pay_2", At(3)),
            (page.Items[1].Kind, page.Items[1].Amount, page.Items[1].Reference, page.Items[1].CreatedAt));
        page = await Store.ListNotificationsAsync("usr_s", unreadOnly: false, new PageRequest(2, page.NextCursor));
        Assert.Equal([received1], page.Items.Select(n => n.Id));
        Assert.Null(page.NextCursor);
        var sent = await Store.ListNotificationsAsync("usr_b", unreadOnly: false, new PageRequest(10, null));
        Assert.Equal([("pay_2", NotificationKind.PaymentSent), ("pay_1", NotificationKind.PaymentSent)],
            sent.Items.Select(n => (n.Reference, n.Kind))); // pay_3 is still in flight: not sent yet

        Assert.True(await Store.MarkNotificationReadAsync("usr_s", received1, At(60)));
        Assert.True(await Store.MarkNotificationReadAsync("usr_s", received1, At(70)));
        Assert.False(await Store.MarkNotificationReadAsync("usr_b", received1, At(60)));
        var unread = await Store.ListNotificationsAsync("usr_s", unreadOnly: true, new PageRequest(10, null));
        Assert.Equal(["ntf_usr_s_9", received2], unread.Items.Select(n => n.Id));

        Assert.Equal(2, await Store.MarkAllNotificationsReadAsync("usr_s", At(90)));
        Assert.Empty((await Store.ListNotificationsAsync("usr_s", unreadOnly: true, new PageRequest(10, null))).Items);
        var all = await Store.ListNotificationsAsync("usr_s", unreadOnly: false, new PageRequest(10, null));
        Assert.Equal([At(90), At(90), At(60)], all.Items.Select(n => n.ReadAt));
    }

    [SkippableFact]
    public async Task ListNotifications_AllowanceEntries_AreReadAsAllowanceNotifications_OnceCompleted()
    {
        Skip.If(!DerivesPaymentNotifications, "this store keeps payment notifications as documents of their own");
        await Store.CreateUserAsync(NewUser("usr_g", "g@example.com", AccountRole.Guardian));
        await Store.CreateUserAsync(NewUser("usr_c", "c@example.com"));
        var script = new LedgerScript(Store);
        await script.Post("usr_g", EntryKind.TopUp, 50_000, "top_g", At(1), TopUpCreatedFor("usr_g", 50_000));
        await Pay(script, "pay_a1", "usr_g", "usr_c", 10_000, At(2), kinds: (EntryKind.AllowanceOut, EntryKind.AllowanceIn));
        await Pay(script, "pay_a2", "usr_g", "usr_c", 5_000, At(3), delivered: false, kinds: (EntryKind.AllowanceOut, EntryKind.AllowanceIn));

        var received = await Store.ListNotificationsAsync("usr_c", unreadOnly: false, new PageRequest(10, null));
        var sent = await Store.ListNotificationsAsync("usr_g", unreadOnly: false, new PageRequest(10, null));

        Assert.Equal([("pay_a1", NotificationKind.AllowanceReceived, new Money(10_000))], received.Items.Select(n => (n.Reference, n.Kind, n.Amount)));
        Assert.Equal([("pay_a1", NotificationKind.AllowanceSent)], sent.Items.Select(n => (n.Reference, n.Kind))); // pay_a2 is in flight
        Assert.Equal(1, await Store.MarkAllNotificationsReadAsync("usr_c", At(90)));
    }

    [SkippableFact]
    public async Task ListNotifications_NoAmountOrReference_RoundTripsNulls()
    {
        var frozen = new NotificationRecord("ntf_1", "usr_1", NotificationKind.AccountFrozen, "Your account is frozen", null, null, At(1));
        await Store.ApplyChangesAsync([new NotificationCreated(frozen)]);

        Assert.Equal([frozen], (await Store.ListNotificationsAsync("usr_1", unreadOnly: false, new PageRequest(10, null))).Items);
    }

    [SkippableFact]
    public async Task MarkNotificationRead_OwnOthersAndUnknown_MarksOnlyOwnAndKeepsFirstReadTime()
    {
        await Store.ApplyChangesAsync([new NotificationCreated(Notice("usr_1", 1)), new NotificationCreated(Notice("usr_2", 2))]);

        Assert.False(await Store.MarkNotificationReadAsync("usr_2", "ntf_usr_1_1", At(60)));
        Assert.False(await Store.MarkNotificationReadAsync("usr_1", "ntf_missing", At(60)));
        Assert.Single((await Store.ListNotificationsAsync("usr_1", unreadOnly: true, new PageRequest(10, null))).Items);

        Assert.True(await Store.MarkNotificationReadAsync("usr_1", "ntf_usr_1_1", At(60)));
        Assert.True(await Store.MarkNotificationReadAsync("usr_1", "ntf_usr_1_1", At(90)));
        var read = Assert.Single((await Store.ListNotificationsAsync("usr_1", unreadOnly: false, new PageRequest(10, null))).Items);
        Assert.Equal(At(60), read.ReadAt);
        Assert.Empty((await Store.ListNotificationsAsync("usr_1", unreadOnly: true, new PageRequest(10, null))).Items);
        Assert.Null(Assert.Single((await Store.ListNotificationsAsync("usr_2", unreadOnly: false, new PageRequest(10, null))).Items).ReadAt);
    }

    [SkippableFact]
    public async Task MarkAllNotificationsRead_SomeUnread_CountsThemAndKeepsEarlierReadTimes()
    {
        await Store.ApplyChangesAsync([.. Enumerable.Range(1, 4).Select(i => new NotificationCreated(Notice("usr_1", i))), new NotificationCreated(Notice("usr_2", 5))]);
        await Store.MarkNotificationReadAsync("usr_1", "ntf_usr_1_2", At(60));

        Assert.Equal(3, await Store.MarkAllNotificationsReadAsync("usr_1", At(90)));
        var all = await Store.ListNotificationsAsync("usr_1", unreadOnly: false, new PageRequest(10, null));
        Assert.Equal([At(90), At(90), At(60), At(90)], all.Items.Select(n => n.ReadAt));
        Assert.Equal(0, await Store.MarkAllNotificationsReadAsync("usr_1", At(120)));
        Assert.Equal(0, await Store.MarkAllNotificationsReadAsync("usr_missing", At(120)));
        Assert.Single((await Store.ListNotificationsAsync("usr_2", unreadOnly: true, new PageRequest(10, null))).Items);
    }

    [SkippableFact]
    public async Task ListEntriesBetween_StartInclusiveUntilExclusive_OneAccountOldestFirstTiesBySequence()
    {
        await Store.CreateUserAsync(NewUser("usr_1", "one@example.com"));
        await Store.CreateUserAsync(NewUser("usr_2", "two@example.com"));
        var script = new LedgerScript(Store);
        await script.Post("usr_1", EntryKind.TopUp, 1_000, "top_1", At(1));
        await script.Post("usr_1", EntryKind.TopUp, 2_000, "top_2", At(2));
        await script.Post("usr_1", EntryKind.TopUp, 3_000, "top_3", At(3));
        await script.Post("usr_1", EntryKind.Withdrawal, 500, "wdr_4", At(3));
        await script.Post("usr_1", EntryKind.TopUp, 4_000, "top_5", At(4));
        await script.Post("usr_2", EntryKind.TopUp, 500, "top_x", At(2));

        var between = await Store.ListEntriesBetweenAsync("usr_1", At(2), At(4));
        Assert.Equal([2L, 3L, 4L], between.Select(e => e.Sequence));
        Assert.Equal([At(2), At(3), At(3)], between.Select(e => e.CreatedAt));
        Assert.Equal([new Money(3_000), new Money(6_000), new Money(5_500)], between.Select(e => e.BalanceAfter));
        Assert.Equal([new Money(2_000), new Money(3_000), new Money(-500)], between.Select(e => e.Amount));
        Assert.Equal([1L, 2L, 3L, 4L, 5L], (await Store.ListEntriesBetweenAsync("usr_1", At(1), At(4).AddMilliseconds(1))).Select(e => e.Sequence));
        Assert.Empty(await Store.ListEntriesBetweenAsync("usr_1", At(2), At(2)));
        Assert.Empty(await Store.ListEntriesBetweenAsync("usr_missing", At(0), At(9)));
    }

    [SkippableFact]
    public async Task GetBalanceBefore_AtAroundAndBetweenTiedEntries_IsBalanceAfterLastEarlierEntry()
    {
        await Store.CreateUserAsync(NewUser("usr_1", "one@example.com"));
        var script = new LedgerScript(Store);
        await script.Post("usr_1", EntryKind.TopUp, 1_000, "top_1", At(1));
        await script.Post("usr_1", EntryKind.TopUp, 2_000, "top_2", At(2));
        await script.Post("usr_1", EntryKind.Withdrawal, 500, "wdr_3", At(2));
        await script.Post("usr_1", EntryKind.TopUp, 4_000, "top_4", At(3));

        Assert.Equal(Money.Zero, await Store.GetBalanceBeforeAsync("usr_1", At(1)));
        Assert.Equal(new Money(1_000), await Store.GetBalanceBeforeAsync("usr_1", At(1).AddMilliseconds(1)));
        Assert.Equal(new Money(1_000), await Store.GetBalanceBeforeAsync("usr_1", At(2)));
        Assert.Equal(new Money(2_500), await Store.GetBalanceBeforeAsync("usr_1", At(3)));
        Assert.Equal(new Money(6_500), await Store.GetBalanceBeforeAsync("usr_1", At(9)));
        Assert.Equal(Money.Zero, await Store.GetBalanceBeforeAsync("usr_missing", At(9)));
    }

    [SkippableFact]
    public async Task ListCommunityFlows_WholeAndCutWindow_BoundaryEntriesWithChannelsAndSigns()
    {
        await SeedCommunityAsync();
        CommunityFlow[] all =
        [
            new(At(1), EntryKind.TopUp, TopUpChannel.VirtualAccount, 100_000),
            new(At(2), EntryKind.TopUp, TopUpChannel.VirtualAccount, 40_000),
            new(At(4), EntryKind.TopUp, TopUpChannel.BankTransfer, 30_000),
            new(At(5), EntryKind.TopUp, TopUpChannel.Admin, 20_000),
            new(At(6), EntryKind.TopUp, TopUpChannel.Admin, 70_000),
            new(At(13), EntryKind.Withdrawal, null, -5_000),
            new(At(14), EntryKind.WithdrawalReversal, null, 5_000),
            new(At(15), EntryKind.Withdrawal, null, -25_000),
            new(At(16), EntryKind.Withdrawal, null, -10_000),
            new(At(18), EntryKind.TopUpReversal, TopUpChannel.VirtualAccount, -15_000),
        ];

        var whole = await Store.ListCommunityFlowsAsync(At(0), At(60));
        Assert.Equal(all, whole);
        Assert.Equal(all[1..^1], await Store.ListCommunityFlowsAsync(At(2), At(18)));
        Assert.Empty(await Store.ListCommunityFlowsAsync(At(7), At(13)));
        Assert.Equal((await Store.GetCommunityTotalsAsync()).Conservation.Expected, whole.Sum(f => f.Amount));
    }

    [SkippableFact]
    public async Task GetCommunityTotals_HandBuiltCommunity_ExactNumbersAndBalanced()
    {
        await SeedCommunityAsync();
        var expected = new CommunityTotals(
            Buyers: 3, Sellers: 2, Admins: 2, Frozen: 2,
            SettledVirtualAccount: 100_000 + (40_000 - 15_000), SettledBankTransfer: 30_000, SettledAdmin: 20_000 + 70_000,
            WithdrawalsPending: 25_000, WithdrawalsCompleted: 10_000,
            PaymentsCount: 3, PaymentsVolume: 12_000 + 8_000 + 25_000,
            BankTransferReviewsPending: 2, WithdrawalsPendingCount: 1,
            Conservation: new ConservationTotals(Balances: 85_000 + 42_000 + 80_000, InFlight: 3_000, SettledTopUps: 245_000, Withdrawals: 35_000));

        var totals = await Store.GetCommunityTotalsAsync();
        Assert.Equal(expected, totals);
        Assert.True(totals.Conservation.Balanced);
        Assert.Equal(totals.Conservation, await Store.GetConservationTotalsAsync());
    }

    [SkippableFact]
    public async Task GetCommunityTotals_EmptyStore_AllZero()
    {
        var zero = new CommunityTotals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, new ConservationTotals(0, 0, 0, 0));
        Assert.Equal(zero, await Store.GetCommunityTotalsAsync());
    }

    private static DateTimeOffset At(int minute) => Now.AddMinutes(minute);

    /// <summary>Notification <paramref name="n"/> of a user, made at minute <paramref name="n"/>; its id sorts by time as real ones do.</summary>
    private static NotificationRecord Notice(string userId, int n) =>
        new($"ntf_{userId}_{n}", userId, NotificationKind.PaymentReceived, $"Payment {n} received", new Money(n * 1_000), $"pay_{n}", At(n));

    private static TopUpCreated TopUpCreatedFor(string accountId, long amount) =>
        new(TopUp("top_1", accountId, TopUpChannel.Admin, TopUpStatus.Settled, amount, At(1)));

    private static TopUpRecord TopUp(string id, string accountId, TopUpChannel channel, TopUpStatus status, long amount, DateTimeOffset at) =>
        new(id, accountId, channel, status, new Money(amount), at, at, null, accountId);

    /// <summary>
    /// A community with exact totals: three buyers, two sellers, two admins; top-ups settled, reversed, awaiting review,
    /// rejected and pending on every channel; withdrawals pending, completed and rejected; payments completed, reversed
    /// and one still in flight. Each event has its own minute, so the flows between them are known.
    /// </summary>
    protected async Task SeedCommunityAsync()
    {
        (string Id, AccountRole Role)[] users =
        [
            ("usr_b1", AccountRole.Buyer), ("usr_b2", AccountRole.Buyer), ("usr_b3", AccountRole.Buyer),
            ("usr_s1", AccountRole.Seller), ("usr_s2", AccountRole.Seller), ("usr_a1", AccountRole.Admin), ("usr_a2", AccountRole.Admin),
        ];
        foreach (var (id, role) in users)
        {
            Assert.True(await Store.CreateUserAsync(NewUser(id, $"{id}@example.com", role)));
        }

        var script = new LedgerScript(Store);
        await SettledTopUp(script, "top_01", "usr_b1", TopUpChannel.VirtualAccount, 100_000, At(1));
        await SettledTopUp(script, "top_02", "usr_b3", TopUpChannel.VirtualAccount, 40_000, At(2));
        await Store.ApplyChangesAsync([new TopUpCreated(TopUp("top_03", "usr_b2", TopUpChannel.BankTransfer, TopUpStatus.AwaitingReview, 30_000, At(3)))]);
        await script.Post("usr_b2", EntryKind.TopUp, 30_000, "top_03", At(4),
            new TopUpMoved("top_03", [TopUpStatus.AwaitingReview], TopUpStatus.Settled, At(4)) { ReviewedBy = "usr_a1" });
        await SettledTopUp(script, "top_05", "usr_b2", TopUpChannel.Admin, 20_000, At(5));
        await SettledTopUp(script, "top_06", "usr_s1", TopUpChannel.Admin, 70_000, At(6));

        await Pay(script, "pay_07", "usr_b1", "usr_s1", 12_000, At(7));
        await Pay(script, "pay_08", "usr_b2", "usr_s1", 8_000, At(8));
        await Pay(script, "pay_09", "usr_b3", "usr_s1", 25_000, At(9));
        await script.Touch("usr_s2", At(10), AccountStatus.Frozen);
        await Pay(script, "pay_11", "usr_b2", "usr_s2", 4_000, At(11), delivered: false);
        await script.Post("usr_b2", EntryKind.PaymentReversal, 4_000, "pay_11", At(11),
            new PaymentMoved("pay_11", PaymentState.InFlight, PaymentState.Reversed, At(11)));
        await Pay(script, "pay_12", "usr_b1", "usr_s1", 3_000, At(12), delivered: false);

        await HeldWithdrawal(script, "wdr_13", "usr_b1", 5_000, At(13));
        await script.Post("usr_b1", EntryKind.WithdrawalReversal, 5_000, "wdr_13", At(14),
            new WithdrawalMoved("wdr_13", WithdrawalStatus.Pending, WithdrawalStatus.Rejected, At(14), "usr_a1", "wrong name"));
        await HeldWithdrawal(script, "wdr_15", "usr_s1", 25_000, At(15));
        await HeldWithdrawal(script, "wdr_16", "usr_s1", 10_000, At(16));
        await script.Touch("usr_s1", At(17), null,
            new WithdrawalMoved("wdr_16", WithdrawalStatus.Pending, WithdrawalStatus.Completed, At(17), "usr_a2", null));

        // The bank takes back b3's top-up of 40,000 after b3 spent 25,000 of it: 15,000 comes back and b3 is frozen.
        await script.PostAndSet("usr_b3", AccountStatus.Frozen, EntryKind.TopUpReversal, 15_000, "top_02", At(18),
            new TopUpMoved("top_02", [TopUpStatus.Settled], TopUpStatus.Reversed, At(18)) { Recovered = new Money(15_000) });

        Assert.Equal(CommitOutcome.Committed, await Store.ApplyChangesAsync(
        [
            new TopUpCreated(TopUp("top_19", "usr_b1", TopUpChannel.BankTransfer, TopUpStatus.AwaitingReview, 20_000, At(19))),
            new TopUpCreated(TopUp("top_20", "usr_s1", TopUpChannel.BankTransfer, TopUpStatus.AwaitingReview, 10_000, At(20))),
            new TopUpCreated(TopUp("top_21", "usr_b2", TopUpChannel.BankTransfer, TopUpStatus.AwaitingReview, 5_000, At(21))),
            new TopUpCreated(TopUp("top_22", "usr_b2", TopUpChannel.VirtualAccount, TopUpStatus.Pending, 50_000, At(22))),
        ]));
        Assert.Equal(CommitOutcome.Committed, await Store.ApplyChangesAsync(
            [new TopUpMoved("top_21", [TopUpStatus.AwaitingReview], TopUpStatus.Rejected, At(23)) { ReviewedBy = "usr_a1", Reason = "no such transfer" }]));
    }

    private static Task SettledTopUp(LedgerScript script, string id, string accountId, TopUpChannel channel, long amount, DateTimeOffset at) =>
        script.Post(accountId, EntryKind.TopUp, amount, id, at, new TopUpCreated(TopUp(id, accountId, channel, TopUpStatus.Settled, amount, at)));

    /// <summary>The payer's debit with its outbox record; when delivered, the payee's credit that completes it.</summary>
    private static async Task Pay(
        LedgerScript script, string id, string payer, string payee, long amount, DateTimeOffset at, bool delivered = true,
        (EntryKind Debit, EntryKind Credit)? kinds = null)
    {
        var (debit, credit) = kinds ?? (EntryKind.PaymentOut, EntryKind.PaymentIn);
        var payment = new PaymentView(id, payer, payee, new Money(amount), "lunch", PaymentState.InFlight, at);
        await script.Post(payer, debit, amount, id, at, new PaymentCreated(payment));
        if (delivered)
        {
            await script.Post(payee, credit, amount, id, at, new PaymentMoved(id, PaymentState.InFlight, PaymentState.Completed, at));
        }
    }

    private static Task HeldWithdrawal(LedgerScript script, string id, string accountId, long amount, DateTimeOffset at) =>
        script.Post(accountId, EntryKind.Withdrawal, amount, id, at,
            new WithdrawalCreated(new WithdrawalRecord(id, accountId, WithdrawalStatus.Pending, new Money(amount), "bca", "1234567890", "Holder", at, at)));

    private static UserRecord NewUser(string id, string email, AccountRole role = AccountRole.Buyer, string name = "Test User") =>
        new(id, name, email, "hash", role, AccountStatus.Active, Now);

    private static AccountCommit TopUpCommit(string account, long seq, long amount, long balance, string? operationId = null)
    {
        var topUpId = $"top_{account}_{seq}";
        var entry = new JournalEntry(account, seq, operationId ?? topUpId, EntryKind.TopUp, new Money(amount), new Money(balance), null, topUpId, "desk", Now);
        var topUp = new TopUpRecord(topUpId, account, TopUpChannel.Admin, TopUpStatus.Settled, new Money(amount), Now, Now, null, "usr_admin");
        return new AccountCommit(account, AccountStatus.Active, false, Now, [entry], [new TopUpCreated(topUp)]);
    }

    /// <summary>Payer topped up with 10,000 and a payment of <paramref name="amount"/> debited and in flight.</summary>
    private async Task SeedPayment(string paymentId, string payer, string payee, long amount)
    {
        await Store.CreateUserAsync(NewUser(payer, $"{payer}@example.com"));
        await Store.CreateUserAsync(NewUser(payee, $"{payee}@example.com", AccountRole.Seller));
        await Store.CommitAsync(TopUpCommit(payer, seq: 1, amount: 10_000, balance: 10_000));
        var payment = new PaymentView(paymentId, payer, payee, new Money(amount), "lunch", PaymentState.InFlight, Now);
        var debit = new JournalEntry(payer, 2, paymentId, EntryKind.PaymentOut, new Money(-amount), new Money(10_000 - amount), payee, paymentId, "lunch", Now);
        var commit = new AccountCommit(payer, AccountStatus.Active, false, Now, [debit], [new PaymentCreated(payment)]);
        Assert.Equal(CommitOutcome.Committed, await Store.CommitAsync(commit));
    }

    private static AccountCommit PaymentCredit(string payee, string paymentId, long amount)
    {
        var credit = new JournalEntry(payee, 1, paymentId, EntryKind.PaymentIn, new Money(amount), new Money(amount), "usr_p", paymentId, "lunch", Now);
        return new AccountCommit(payee, AccountStatus.Active, false, Now, [credit],
            [new PaymentMoved(paymentId, PaymentState.InFlight, PaymentState.Completed, Now)]);
    }
}
