using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Sessions;
using Xunit;

namespace Cashless.Grains.Tests;

/// <summary>References made from the learnt types are the grains Orleans' own look-up names, for every key.</summary>
[Collection(ClusterTestGroup.Name)]
public sealed class GrainReferencesTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Reference_AfterTheFirst_NamesTheSameGrainAndInterfaceAsGetGrain()
    {
        var accounts = new TestAccounts(fixture.Grains);
        var first = await accounts.Open(topUp: 1_000);
        var second = await accounts.Open(topUp: 2_000);

        foreach (var id in new[] { first, second, first })
        {
            var ours = (GrainReference)(object)fixture.Grains.Reference<IAccountGrain>(id);
            var orleans = (GrainReference)(object)fixture.Grains.GetGrain<IAccountGrain>(id);
            Assert.Equal(orleans.GrainId, ours.GrainId);
            Assert.Equal(orleans.InterfaceType, ours.InterfaceType);
        }

        // Another interface learns its own types, and the references answer as the grains they name.
        var session = (GrainReference)(object)fixture.Grains.Reference<ISessionGrain>(second);
        Assert.Equal(fixture.Grains.GetGrain<ISessionGrain>(second).GetGrainId(), session.GrainId);
        Assert.Equal(2_000, (await fixture.Grains.Reference<IAccountGrain>(second).GetWallet())!.Balance.Rupiah);
    }
}
