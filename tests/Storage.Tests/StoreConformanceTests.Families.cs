using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;
using Xunit;

namespace Cashless.Storage.Tests;

/// <summary>The families' part of the port: wallet rules, one-time link codes and guardian links.</summary>
public abstract partial class StoreConformanceTests
{
    [SkippableFact]
    public async Task WalletRules_AreReplacedWhole_AndSurviveAReopen()
    {
        await Store.CreateUserAsync(NewUser("usr_s", "student@example.com"));
        Assert.Equal(WalletRules.None, await Store.GetWalletRulesAsync("usr_s"));

        await Store.SaveWalletRulesAsync("usr_s", new WalletRules(new Money(10_000), new Money(5_000), new Money(2_000)), Now);
        await Store.SaveWalletRulesAsync("usr_s", new WalletRules(new Money(15_000), null, new Money(3_000), new Money(20_000)), Now.AddMinutes(1));

        var reopened = await ReopenStoreAsync();
        Assert.Equal(new WalletRules(new Money(15_000), null, new Money(3_000), new Money(20_000)), await reopened.GetWalletRulesAsync("usr_s"));
        Assert.Equal(WalletRules.None, await reopened.GetWalletRulesAsync("usr_nobody"));
    }

    [SkippableFact]
    public async Task LinkCode_RedeemedOnce_NotWhenUsedOrExpired_AndLinksListWithNames()
    {
        await Store.CreateUserAsync(NewUser("usr_s", "student@example.com", name: "Siti"));
        await Store.CreateUserAsync(NewUser("usr_g1", "mother@example.com", AccountRole.Guardian, "Ibu Rahma"));
        await Store.CreateUserAsync(NewUser("usr_g2", "father@example.com", AccountRole.Guardian, "Pak Budi"));
        await Store.SaveLinkCodeAsync(new LinkCodeRecord("hash-1", "usr_s", "usr_s", Now, Now.AddHours(24)));
        await Store.SaveLinkCodeAsync(new LinkCodeRecord("hash-2", "usr_s", "usr_admin", Now, Now.AddHours(24)));

        Assert.Equal("usr_s", await Store.RedeemLinkCodeAsync("hash-1", "usr_g1", Now.AddMinutes(1)));
        Assert.Null(await Store.RedeemLinkCodeAsync("hash-1", "usr_g2", Now.AddMinutes(2)));
        Assert.Null(await Store.RedeemLinkCodeAsync("hash-2", "usr_g2", Now.AddHours(24)));
        Assert.Null(await Store.RedeemLinkCodeAsync("hash-none", "usr_g2", Now));
        Assert.Equal(2, await Store.CountLinkCodesSinceAsync("usr_s", Now));
        Assert.Equal(0, await Store.CountLinkCodesSinceAsync("usr_s", Now.AddMinutes(1)));

        var reopened = await ReopenStoreAsync();
        Assert.Equal(
            [new GuardianLink("usr_g1", "Ibu Rahma", "usr_s", "Siti", Now.AddMinutes(1))],
            await reopened.ListGuardianLinksAsync(guardianId: null, "usr_s"));
        Assert.Equal(["usr_s"], (await reopened.ListGuardianLinksAsync("usr_g1", studentId: null)).Select(l => l.StudentId));
        Assert.Empty(await reopened.ListGuardianLinksAsync("usr_g2", studentId: null));
    }

    [SkippableFact]
    public async Task GuardianLinks_MadeOnceByAnAdmin_AndRemoved()
    {
        await Store.CreateUserAsync(NewUser("usr_s", "student@example.com", name: "Siti"));
        await Store.CreateUserAsync(NewUser("usr_g", "mother@example.com", AccountRole.Guardian, "Ibu Rahma"));

        await Store.LinkGuardianAsync("usr_g", "usr_s", Now);
        await Store.LinkGuardianAsync("usr_g", "usr_s", Now.AddMinutes(5));

        Assert.Equal(Now, Assert.Single(await Store.ListGuardianLinksAsync("usr_g", studentId: null)).CreatedAt);
        Assert.False(await Store.RemoveGuardianLinkAsync("usr_s", "usr_g"));
        Assert.True(await Store.RemoveGuardianLinkAsync("usr_g", "usr_s"));
        Assert.False(await Store.RemoveGuardianLinkAsync("usr_g", "usr_s"));
        Assert.Empty(await (await ReopenStoreAsync()).ListGuardianLinksAsync(guardianId: null, "usr_s"));
    }
}
