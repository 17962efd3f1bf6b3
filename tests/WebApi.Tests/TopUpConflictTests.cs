using System.Net;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

/// <summary>
/// A top-up's record moved by someone other than its grain (another activation of it, during a silo change) refuses the
/// grain's stale change: the answer is a clear 503 to retry, never a 500, and the retry is decided against the store.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class TopUpConflictTests(ApiFixture app)
{
    [Fact]
    public async Task Reject_OfARecordMovedBehindItsGrain_Is503ToRetry_AndTheRetrySeesItDecided()
    {
        var buyer = await app.CreateUserAsync();
        var claim = await ApiCalls.BankTransferAsync(buyer.Client, 20_000);
        using (var read = await app.Admin.Client.GetAsync($"/api/v1/admin/topups/{claim}"))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode); // the grain is active and holds the claim as awaiting review
        }

        await app.Store.ApplyChangesAsync(
            [new TopUpMoved(claim, [TopUpStatus.AwaitingReview], TopUpStatus.Rejected, DateTimeOffset.UtcNow) { ReviewedBy = "usr_other", Reason = "elsewhere" }]);

        using var stale = await app.Admin.Client.PostAsync($"/api/v1/admin/topups/{claim}/reject", Api.Json(new { reason = "not on the statement" }));
        using var retry = await app.Admin.Client.PostAsync($"/api/v1/admin/topups/{claim}/reject", Api.Json(new { reason = "not on the statement" }));

        await stale.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "service_unavailable");
        Assert.True(stale.Headers.RetryAfter is not null, "a 503 says when to retry");
        await retry.AssertProblemAsync(HttpStatusCode.Conflict, "already_reviewed");
        var stored = await app.Store.GetTopUpAsync(claim);
        Assert.Equal(("elsewhere", TopUpStatus.Rejected), (stored?.Reason, stored?.Status));
        Assert.Equal(0, await ApiFixture.BalanceAsync(buyer));
    }
}
