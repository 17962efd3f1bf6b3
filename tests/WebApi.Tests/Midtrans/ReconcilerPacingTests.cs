using System.Diagnostics;
using System.Net;
using Cashless.WebApi.Midtrans;
using Cashless.WebApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Tests.Midtrans;

/// <summary>Reconciliation passes never overlap, and each asks the gateway at most the configured number of times a second.</summary>
[Collection(MidtransApi.Name)]
public sealed class ReconcilerPacingTests(MidtransFixture app)
{
    private const double PerSecond = 5;

    [Fact]
    public async Task ReconcileOnce_TwoPassesAtOnce_RunOneAfterTheOtherAtTheConfiguredRate()
    {
        var buyer = await app.CreateUserAsync();
        for (var i = 0; i < 4; i++)
        {
            using var opened = await buyer.Client.PostAsync("/api/v1/topups/virtual-account", Api.Json(new { amount = 20_000, bank = "bni" }));
            Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        }

        var paced = new MidtransOptions
        {
            ServerKey = MidtransFixture.ServerKey,
            ReconcileAfter = TimeSpan.Zero,
            ReconcileMaxRequestsPerSecond = PerSecond,
        };
        var reconciler = ActivatorUtilities.CreateInstance<MidtransReconciler>(app.Factory.Services, Options.Create(paced));
        var clock = Stopwatch.StartNew();

        var passes = await Task.WhenAll(reconciler.ReconcileOnce(CancellationToken.None), reconciler.ReconcileOnce(CancellationToken.None));

        // Each checked top-up is one status call; within a pass they are 1/PerSecond apart, and the passes run in turn.
        var spacings = passes.Sum(pass => pass.Checked - 1);
        Assert.All(passes, pass => Assert.True(pass.Checked >= 4, $"a pass checked {pass.Checked}"));
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(spacings / PerSecond * 0.95),
            $"{passes.Sum(pass => pass.Checked)} status calls in two passes took {clock.Elapsed.TotalSeconds:0.00} s at {PerSecond}/s");
    }
}
