using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;

namespace Cashless.Storage.Tests;

/// <summary>What the store writers' tests build: users and desk deposits.</summary>
internal static class WriterSamples
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    public static async Task<List<string>> CreateAccountsAsync(ICashlessStore store, int count)
    {
        await store.InitializeAsync();
        var ids = Enumerable.Range(0, count).Select(i => $"usr_{i:D3}").ToList();
        await Task.WhenAll(ids.Select(id => store.CreateUserAsync(NewUser(id))));
        return ids;
    }

    public static UserRecord NewUser(string id) => new(id, "Test User", $"{id}@example.com", "hash", AccountRole.Buyer, AccountStatus.Active, Now);

    /// <summary>A desk top-up of 1,000 on top of <paramref name="earlier"/> earlier ones.</summary>
    public static AccountCommit Deposit(string account, long earlier, string operationId, string description = "desk")
    {
        var balance = new Money(1_000 * (earlier + 1));
        var entry = new JournalEntry(account, earlier + 1, operationId, EntryKind.TopUp, new Money(1_000), balance, null, operationId, description, Now);
        return new AccountCommit(account, AccountStatus.Active, false, Now, [entry], []);
    }
}
