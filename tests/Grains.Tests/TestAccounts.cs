using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces.TopUps;
using Xunit;

namespace Cashless.Grains.Tests;

/// <summary>Makes fresh accounts for one test and tops them up the way the admin cash desk does.</summary>
public sealed class TestAccounts(IGrainFactory grains)
{
    public async Task<string> Open(AccountRole role = AccountRole.Buyer, long topUp = 0)
    {
        var id = "usr_" + Guid.CreateVersion7().ToString("N");
        Assert.True(await Account(id).Open(new NewAccount("Test " + role, id + "@example.com", "hash", role)));
        if (topUp > 0)
        {
            Assert.Equal(LedgerOutcome.Ok, (await TopUp(id, topUp)).Outcome);
        }

        return id;
    }

    public IAccountGrain Account(string id) => grains.GetGrain<IAccountGrain>(id);

    public Task<PostingResult> TopUp(string id, long amount, string? operationId = null)
    {
        var topUpId = "top_" + Guid.CreateVersion7().ToString("N");
        var now = DateTimeOffset.UtcNow;
        var record = new TopUpRecord(topUpId, id, TopUpChannel.Admin, TopUpStatus.Settled, new Money(amount), now, now, null, "usr_admin");
        return Account(id).CreditTopUp(TopUpCredit.New(operationId ?? topUpId, record, "desk"));
    }

    public Task<PaymentResult> Pay(string from, string to, long amount, string? operationId = null) =>
        Account(from).Pay(new PaymentOrder("pay_" + Guid.CreateVersion7().ToString("N"), to, new Money(amount), "lunch", operationId));

    public async Task<long> Balance(string id) => (await Account(id).GetWallet())!.Balance.Rupiah;
}
