using System.Net;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

/// <summary>
/// One bank transfer claimed twice (a retry under a new Idempotency-Key, a second phone) is credited once unless an
/// admin confirms that the second is a transfer of its own.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class BankTransferDuplicateTests(ApiFixture app)
{
    [Fact]
    public async Task Claim_SameIdempotencyKeyTwice_IsOneClaim()
    {
        var buyer = await app.CreateUserAsync();
        var key = Guid.NewGuid().ToString();
        var reference = NewReference();

        using var first = await buyer.Client.SendAsync(Api.Post("/api/v1/topups/bank-transfer", Claim(50_000, reference), key));
        using var retry = await buyer.Client.SendAsync(Api.Post("/api/v1/topups/bank-transfer", Claim(50_000, reference), key));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        var id = (await first.ReadJsonAsync()).GetProperty("id").GetString()!;
        Assert.Equal(id, (await retry.ReadJsonAsync()).GetProperty("id").GetString());
        Assert.Equal([id], await QueueAsync(buyer.Id));
    }

    [Fact]
    public async Task Claim_ReferenceAnotherClaimCarries_IsAcceptedAndMarkedInTheQueueAndForItsOwner()
    {
        var buyer = await app.CreateUserAsync();
        var reference = NewReference();
        var original = await ClaimAsync(buyer, 50_000, reference);

        var repeat = await ClaimAsync(buyer, 50_000, " " + reference.ToLowerInvariant().Replace("-", "- ", StringComparison.Ordinal));
        var other = await ClaimAsync(buyer, 50_000, reference.Replace("-", "", StringComparison.Ordinal));

        using var queue = await app.Admin.Client.GetAsync($"/api/v1/admin/topups?status=awaiting_review&userId={buyer.Id}");
        var items = (await queue.ReadJsonAsync()).GetProperty("items").EnumerateArray().ToDictionary(t => t.GetProperty("id").GetString()!);
        Assert.Equal(original, items[repeat].GetProperty("possibleDuplicateOf").GetString());
        Assert.False(items[original].TryGetProperty("possibleDuplicateOf", out _));
        Assert.False(items[other].TryGetProperty("possibleDuplicateOf", out _), "white space and case are ignored, other characters are not");
        using var own = await buyer.Client.GetAsync($"/api/v1/topups/{repeat}");
        Assert.Equal(original, (await own.ReadJsonAsync()).GetProperty("possibleDuplicateOf").GetString());
    }

    [Fact]
    public async Task Approve_MarkedClaim_NeedsConfirmDuplicate()
    {
        var buyer = await app.CreateUserAsync();
        var reference = NewReference();
        await ClaimAsync(buyer, 50_000, reference);
        var repeat = await ClaimAsync(buyer, 50_000, reference);

        using var refused = await app.Admin.Client.PostAsync($"/api/v1/admin/topups/{repeat}/approve", null);
        using var unconfirmed = await app.Admin.Client.PostAsync($"/api/v1/admin/topups/{repeat}/approve", Api.Json(new { confirmDuplicate = false }));
        await refused.AssertProblemAsync(HttpStatusCode.Conflict, "duplicate_transfer");
        await unconfirmed.AssertProblemAsync(HttpStatusCode.Conflict, "duplicate_transfer");
        Assert.Equal(0, await ApiFixture.BalanceAsync(buyer));

        using var confirmed = await app.Admin.Client.PostAsync($"/api/v1/admin/topups/{repeat}/approve", Api.Json(new { confirmDuplicate = true }));

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(50_000, await ApiFixture.BalanceAsync(buyer));
        await app.AssertConservedAsync();
    }

    [Fact]
    public async Task Approve_SecondUnmarkedClaimOfAnApprovedReference_Is409DuplicateTransfer()
    {
        var buyer = await app.CreateUserAsync();
        var reference = NewReference();
        var (first, second) = (await UnmarkedClaimAsync(buyer.Id, reference), await UnmarkedClaimAsync(buyer.Id, reference.ToLowerInvariant()));

        using var approved = await app.Admin.Client.PostAsync($"/api/v1/admin/topups/{first}/approve", null);
        using var refused = await app.Admin.Client.PostAsync($"/api/v1/admin/topups/{second}/approve", null);

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        await refused.AssertProblemAsync(HttpStatusCode.Conflict, "duplicate_transfer");
        Assert.Equal(50_000, await ApiFixture.BalanceAsync(buyer));
        await app.AssertConservedAsync();
    }

    [Fact]
    public async Task Approve_TwoUnmarkedClaimsOfOneReferenceAtOnce_CreditsOnce()
    {
        var buyer = await app.CreateUserAsync();
        var reference = NewReference();
        var claims = new[] { await UnmarkedClaimAsync(buyer.Id, reference), await UnmarkedClaimAsync(buyer.Id, reference) };

        var answers = await Task.WhenAll(claims.SelectMany(id => Enumerable.Repeat(id, 4)).Select(async id =>
        {
            using var response = await app.Admin.Client.PostAsync($"/api/v1/admin/topups/{id}/approve", null);
            return response.StatusCode;
        }));

        Assert.Equal(1, answers.Count(status => status == HttpStatusCode.OK));
        Assert.All(answers.Where(status => status != HttpStatusCode.OK), status => Assert.Equal(HttpStatusCode.Conflict, status));
        Assert.Equal(50_000, await ApiFixture.BalanceAsync(buyer));
        await app.AssertConservedAsync();
    }

    [Fact]
    public async Task Approve_ConfirmDuplicateNotABoolean_Returns400()
    {
        var buyer = await app.CreateUserAsync();
        var id = await ClaimAsync(buyer, 50_000, NewReference());

        using var response = await app.Admin.Client.PostAsync($"/api/v1/admin/topups/{id}/approve", Api.Json("""{"confirmDuplicate":"yes"}"""));

        await response.AssertValidationAsync("confirmDuplicate");
        Assert.Equal(0, await ApiFixture.BalanceAsync(buyer));
    }

    private static string NewReference() => $"TRF-{Guid.NewGuid():N}"[..20].ToUpperInvariant();

    private static StringContent Claim(long amount, string reference) =>
        Api.Json(new { amount, senderBank = "bca", senderAccountName = "Siti Rahma", transferReference = reference });

    private static async Task<string> ClaimAsync(TestUser user, long amount, string reference)
    {
        using var response = await user.Client.PostAsync("/api/v1/topups/bank-transfer", Claim(amount, reference));
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"claim failed: {body}");
        return body.GetProperty("id").GetString()!;
    }

    /// <summary>A claim of 50,000 stored as if made at the same instant as another, so neither saw the other.</summary>
    private async Task<string> UnmarkedClaimAsync(string userId, string reference)
    {
        var id = $"top_{Guid.CreateVersion7():N}";
        var now = DateTimeOffset.UtcNow;
        var record = new TopUpRecord(id, userId, TopUpChannel.BankTransfer, TopUpStatus.AwaitingReview, new Money(50_000), now, now, null, userId)
        {
            BankTransfer = new BankTransferDetails("bca", "Siti Rahma", reference),
        };
        Assert.Equal(Grains.Ledger.CommitOutcome.Committed, await app.Store.ApplyChangesAsync([new TopUpCreated(record)]));
        return id;
    }

    private async Task<string[]> QueueAsync(string userId)
    {
        using var response = await app.Admin.Client.GetAsync($"/api/v1/admin/topups?status=awaiting_review&userId={userId}");
        return [.. (await response.ReadJsonAsync()).GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetString()!)];
    }
}
