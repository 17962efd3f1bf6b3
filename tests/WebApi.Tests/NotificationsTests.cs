using System.Net;
using System.Text.Json;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

/// <summary>
/// The notification log over HTTP: every event of api.md writes one notification for its user, in the same commit
/// (so it is there as soon as the operation answered); read, read-all and the unread filter. The gateway's events
/// (settled, failed, reversed) are in <see cref="VirtualAccountNotificationTests"/>.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class NotificationsTests(ApiFixture app)
{
    [Fact]
    public async Task Pay_Completed_WritesPaymentReceivedForThePayeeAndPaymentSentForThePayer()
    {
        var (payer, payee) = (await app.CreateUserAsync(), await app.CreateUserAsync("seller"));
        await app.TopUpAsync(payer.Id, 50_000);

        var paymentId = await ApiCalls.PayAsync(payer.Client, payee.Id, 12_500);

        var received = await SingleAsync(payee, "payment_received");
        Assert.Equal(12_500, received.GetProperty("amount").GetInt64());
        Assert.Equal(paymentId, received.GetProperty("reference").GetString());
        Assert.Equal("You received Rp 12.500.", received.GetProperty("message").GetString());
        var sent = await SingleAsync(payer, "payment_sent");
        Assert.Equal(12_500, sent.GetProperty("amount").GetInt64());
        Assert.Equal(paymentId, sent.GetProperty("reference").GetString());
    }

    [Fact]
    public async Task CashDeskTopUp_Settled_WritesTopUpSettledWithTheTopUpAsReference()
    {
        var buyer = await app.CreateUserAsync();

        var topUp = await app.TopUpAsync(buyer.Id, 75_000);

        var settled = await SingleAsync(buyer, "topup_settled");
        Assert.Equal(topUp.GetProperty("id").GetString(), settled.GetProperty("reference").GetString());
        Assert.Equal(75_000, settled.GetProperty("amount").GetInt64());
        Assert.Equal("Your top-up of Rp 75.000 is in your wallet.", settled.GetProperty("message").GetString());
        var createdAt = settled.GetProperty("createdAt").ReadTime();
        Assert.True(Math.Abs((createdAt - topUp.GetProperty("createdAt").ReadTime()).TotalSeconds) < 5);
        Assert.False(settled.TryGetProperty("readAt", out _));
    }

    [Fact]
    public async Task CashDeskTopUp_ReplayedByIdempotencyKey_WritesOneNotification()
    {
        var buyer = await app.CreateUserAsync();
        var body = new { userId = buyer.Id, amount = 20_000 };

        using (await app.Admin.Client.SendAsync(Api.Post("/api/v1/admin/topups", Api.Json(body), "desk-once")))
        using (await app.Admin.Client.SendAsync(Api.Post("/api/v1/admin/topups", Api.Json(body), "desk-once")))
        {
        }

        await SingleAsync(buyer, "topup_settled");
    }

    [Fact]
    public async Task BankTransfer_ApprovedAndRejected_WriteTopUpApprovedAndTopUpRejectedWithTheReason()
    {
        var buyer = await app.CreateUserAsync();
        var approved = await ApiCalls.BankTransferAsync(buyer.Client, 100_000);
        var rejected = await ApiCalls.BankTransferAsync(buyer.Client, 60_000);

        await ApiCalls.ApproveAsync(app.Admin.Client, approved);
        await ApiCalls.RejectTopUpAsync(app.Admin.Client, rejected, "not on the statement");

        var approval = await SingleAsync(buyer, "topup_approved");
        Assert.Equal(approved, approval.GetProperty("reference").GetString());
        Assert.Equal(100_000, approval.GetProperty("amount").GetInt64());
        var rejection = await SingleAsync(buyer, "topup_rejected");
        Assert.Equal(rejected, rejection.GetProperty("reference").GetString());
        Assert.Contains("not on the statement", rejection.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(await ApiCalls.NotificationsAsync(buyer.Client), n => n.GetProperty("kind").GetString() == "topup_settled");
    }

    [Fact]
    public async Task Withdrawal_CompletedAndRejected_WriteWithdrawalCompletedAndWithdrawalRejected()
    {
        var seller = await app.CreateUserAsync("seller");
        await app.TopUpAsync(seller.Id, 100_000);
        var paidOut = await ApiCalls.WithdrawAsync(seller.Client, 30_000);
        var returned = await ApiCalls.WithdrawAsync(seller.Client, 20_000);

        await ApiCalls.CompleteWithdrawalAsync(app.Admin.Client, paidOut);
        await ApiCalls.RejectWithdrawalAsync(app.Admin.Client, returned, "account closed");

        var completed = await SingleAsync(seller, "withdrawal_completed");
        Assert.Equal(paidOut, completed.GetProperty("reference").GetString());
        Assert.Equal(30_000, completed.GetProperty("amount").GetInt64());
        var rejected = await SingleAsync(seller, "withdrawal_rejected");
        Assert.Equal(returned, rejected.GetProperty("reference").GetString());
        Assert.Contains("account closed", rejected.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Freeze_ThenUnfreeze_WritesAccountFrozenThenAccountUnfrozenWithoutAmountOrReference()
    {
        var buyer = await app.CreateUserAsync();

        await app.SetFrozenAsync(buyer.Id, frozen: true);
        await app.SetFrozenAsync(buyer.Id, frozen: true);
        await app.SetFrozenAsync(buyer.Id, frozen: false);

        var log = await ApiCalls.NotificationsAsync(buyer.Client);
        Assert.Equal(["account_unfrozen", "account_frozen"], log.Select(n => n.GetProperty("kind").GetString()));
        var frozen = log[1];
        Assert.False(frozen.TryGetProperty("amount", out _));
        Assert.False(frozen.TryGetProperty("reference", out _));
        Assert.StartsWith("ntf_", frozen.GetProperty("id").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_UnreadAndPaged_IsNewestFirstWithCursors()
    {
        var buyer = await FundedWithNotificationsAsync(3);

        using var first = await buyer.Client.GetAsync("/api/v1/notifications?limit=2");
        var page = await first.ReadJsonAsync();
        var cursor = page.GetProperty("nextCursor").GetString()!;
        using var second = await buyer.Client.GetAsync($"/api/v1/notifications?limit=2&before={Uri.EscapeDataString(cursor)}");
        var rest = await second.ReadJsonAsync();

        var ids = page.GetProperty("items").EnumerateArray().Concat(rest.GetProperty("items").EnumerateArray())
            .Select(n => n.GetProperty("id").GetString()!).ToList();
        Assert.Equal(3, ids.Count);
        Assert.Equal(ids.OrderDescending(StringComparer.Ordinal), ids);
        Assert.Equal(JsonValueKind.Null, rest.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task MarkRead_OwnNotification_Returns204LeavesItOutOfUnreadAndKeepsTheFirstReadTime()
    {
        var buyer = await FundedWithNotificationsAsync(2);
        var target = (await ApiCalls.NotificationsAsync(buyer.Client))[0].GetProperty("id").GetString()!;

        using var read = await buyer.Client.PostAsync($"/api/v1/notifications/{target}/read", null);
        var firstReadAt = (await ApiCalls.NotificationsAsync(buyer.Client))[0].GetProperty("readAt").ReadTime();
        using var again = await buyer.Client.PostAsync($"/api/v1/notifications/{target}/read", null);

        Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        var log = await ApiCalls.NotificationsAsync(buyer.Client);
        Assert.Equal(firstReadAt, log[0].GetProperty("readAt").ReadTime());
        Assert.False(log[1].TryGetProperty("readAt", out _));
        var unread = await ApiCalls.NotificationsAsync(buyer.Client, unreadOnly: true);
        Assert.Equal([log[1].GetProperty("id").GetString()], unread.Select(n => n.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task MarkRead_SomeoneElsesOrUnknownNotification_Returns404AndMarksNothing()
    {
        var owner = await FundedWithNotificationsAsync(1);
        var stranger = await app.CreateUserAsync();
        var id = (await ApiCalls.NotificationsAsync(owner.Client))[0].GetProperty("id").GetString()!;

        using var foreign = await stranger.Client.PostAsync($"/api/v1/notifications/{id}/read", null);
        using var unknown = await owner.Client.PostAsync("/api/v1/notifications/ntf_0000/read", null);
        using var notAnId = await owner.Client.PostAsync("/api/v1/notifications/pay_123/read", null);

        await foreign.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await notAnId.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.Single(await ApiCalls.NotificationsAsync(owner.Client, unreadOnly: true));
    }

    [Fact]
    public async Task ReadAll_SomeUnread_Returns200WithHowManyAndThenZero()
    {
        var buyer = await FundedWithNotificationsAsync(3);
        var one = (await ApiCalls.NotificationsAsync(buyer.Client))[2].GetProperty("id").GetString()!;
        using (await buyer.Client.PostAsync($"/api/v1/notifications/{one}/read", null))
        {
        }

        var marked = await ApiCalls.ExpectAsync(await buyer.Client.PostAsync("/api/v1/notifications/read-all", null), HttpStatusCode.OK);
        var again = await ApiCalls.ExpectAsync(await buyer.Client.PostAsync("/api/v1/notifications/read-all", null), HttpStatusCode.OK);

        Assert.Equal(2, marked.GetProperty("marked").GetInt32());
        Assert.Equal(0, again.GetProperty("marked").GetInt32());
        Assert.Empty(await ApiCalls.NotificationsAsync(buyer.Client, unreadOnly: true));
        Assert.All(await ApiCalls.NotificationsAsync(buyer.Client), n => n.GetProperty("readAt").ReadTime());
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("before=not-a-cursor", "before")]
    [InlineData("unread=yes", "unread")]
    public async Task List_BadQuery_Returns400(string query, string field)
    {
        var buyer = await app.CreateUserAsync();

        using var response = await buyer.Client.GetAsync($"/api/v1/notifications?{query}");

        await response.AssertValidationAsync(field);
    }

    [Fact]
    public async Task List_AccessTokenInTheQueryOutsideTheHub_IsNotAToken()
    {
        var buyer = await app.CreateUserAsync();

        using var response = await app.Anonymous().GetAsync($"/api/v1/notifications?access_token={buyer.Token}");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "missing_token");
    }

    [Fact]
    public async Task List_Admin_HasALogToo()
    {
        using var response = await app.Admin.Client.GetAsync("/api/v1/notifications?unread=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A buyer with <paramref name="count"/> cash-desk top-ups, so as many unread notifications.</summary>
    private async Task<TestUser> FundedWithNotificationsAsync(int count)
    {
        var buyer = await app.CreateUserAsync();
        for (var i = 0; i < count; i++)
        {
            await app.TopUpAsync(buyer.Id, 10_000 + i);
        }

        Assert.Equal(count, (await ApiCalls.NotificationsAsync(buyer.Client, unreadOnly: true)).Count);
        return buyer;
    }

    private static async Task<JsonElement> SingleAsync(TestUser user, string kind) =>
        Assert.Single(await ApiCalls.NotificationsAsync(user.Client), n => n.GetProperty("kind").GetString() == kind);
}
