using System.Net;
using System.Text.Json;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests.Closing;

/// <summary>An admin closes a wallet over HTTP: the payout, what a closed account may still do, and what blocks closing.</summary>
[Collection(SharedApi.Name)]
public sealed class AccountClosingTests(ApiFixture app)
{
    [Fact]
    public async Task Close_ToABankAccount_HoldsTheWholeBalanceAsAPendingWithdrawalAndKeepsTheHistory()
    {
        var student = await FundedAsync(75_000);

        var closed = await ExpectClosedAsync(student.Id, ToBank());

        Assert.Equal("closed", closed.GetProperty("user").GetProperty("status").GetString());
        Assert.Equal(75_000, closed.GetProperty("paidOut").GetInt64());
        var payout = closed.GetProperty("withdrawal");
        Assert.Equal("pending", payout.GetProperty("status").GetString());
        Assert.Equal(75_000, payout.GetProperty("amount").GetInt64());
        Assert.Equal("1234567890", payout.GetProperty("accountNumber").GetString());
        Assert.Equal(JsonValueKind.Null, closed.GetProperty("payment").ValueKind);
        var wallet = await WalletAsync(student);
        Assert.Equal(0, wallet.GetProperty("balance").GetInt64());
        Assert.Equal("closed", wallet.GetProperty("status").GetString());
        Assert.Equal(["withdrawal", "topup"], await KindsAsync(student));
        var notice = (await ApiCalls.NotificationsAsync(student.Client))[0];
        Assert.Equal("account_closed", notice.GetProperty("kind").GetString());
        Assert.Equal(75_000, notice.GetProperty("amount").GetInt64());
        await ApiCalls.CompleteWithdrawalAsync(app.Admin.Client, payout.GetProperty("id").GetString()!);
        await app.AssertConservedAsync();
    }

    [Fact]
    public async Task Close_ToAnotherWallet_MovesTheBalanceAsOnePayment()
    {
        var student = await FundedAsync(40_000);
        var sibling = await FundedAsync(10_000);

        var closed = await ExpectClosedAsync(student.Id, Api.Json(new { toWallet = sibling.Email }));

        var payment = closed.GetProperty("payment");
        Assert.Equal("completed", payment.GetProperty("status").GetString());
        Assert.Equal(40_000, payment.GetProperty("amount").GetInt64());
        Assert.Equal(sibling.Id, payment.GetProperty("to").GetString());
        Assert.Equal(JsonValueKind.Null, closed.GetProperty("withdrawal").ValueKind);
        Assert.Equal(0, await ApiFixture.BalanceAsync(student));
        Assert.Equal(50_000, await ApiFixture.BalanceAsync(sibling));
        Assert.Equal(["payment_out", "topup"], await KindsAsync(student));
        Assert.Equal(["payment_in", "topup"], await KindsAsync(sibling));
        await app.AssertConservedAsync();
    }

    [Fact]
    public async Task ClosedAccount_SignsInAndReads_ButNeitherPaysReceivesWithdrawsNorIsToppedUp()
    {
        var student = await app.CreateUserAsync();
        var payer = await FundedAsync(50_000);
        await ExpectClosedAsync(student.Id, Api.Json("{}"));

        var again = await app.LoginAsync(student.Email, student.Password);
        using var me = await again.Client.GetAsync("/api/v1/me");
        using var transactions = await again.Client.GetAsync("/api/v1/wallet/transactions");
        using var pays = await ApiFixture.PayAsync(again, payer.Id, 10_000);
        using var receives = await ApiFixture.PayAsync(payer, student.Id, 10_000);
        using var cashDesk = await app.Admin.Client.PostAsync("/api/v1/admin/topups", Api.Json(new { userId = student.Id, amount = 20_000 }));
        using var transfer = await again.Client.PostAsync("/api/v1/topups/bank-transfer", Api.Json(new
        {
            amount = 20_000, senderBank = "bca", senderAccountName = "Parent", transferReference = $"TRF-{Guid.NewGuid():N}",
        }));
        using var withdraws = await again.Client.PostAsync("/api/v1/withdrawals", ApiCalls.Withdrawal(10_000));
        using var unfreeze = await app.Admin.Client.PostAsync($"/api/v1/admin/users/{student.Id}/unfreeze", null);
        using var freeze = await app.Admin.Client.PostAsync($"/api/v1/admin/users/{student.Id}/freeze", null);
        using var role = await app.Admin.Client.PostAsync($"/api/v1/admin/users/{student.Id}/role", Api.Json(new { role = "seller" }));

        Assert.Equal("closed", (await me.ReadJsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, transactions.StatusCode);
        await pays.AssertProblemAsync(HttpStatusCode.Conflict, "account_closed");
        await receives.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "payee_cannot_receive");
        await cashDesk.AssertProblemAsync(HttpStatusCode.Conflict, "account_closed");
        await transfer.AssertProblemAsync(HttpStatusCode.Conflict, "account_closed");
        await withdraws.AssertProblemAsync(HttpStatusCode.Conflict, "account_closed");
        await unfreeze.AssertProblemAsync(HttpStatusCode.Conflict, "account_closed");
        await freeze.AssertProblemAsync(HttpStatusCode.Conflict, "account_closed");
        await role.AssertProblemAsync(HttpStatusCode.Conflict, "account_closed");
        Assert.Equal(0, await ApiFixture.BalanceAsync(again));
        Assert.Equal(50_000, await ApiFixture.BalanceAsync(payer));
        Assert.Equal("closed", (await WalletAsync(again)).GetProperty("status").GetString());
        await app.AssertConservedAsync();
    }

    [Fact]
    public async Task Close_WhileATopUpAwaitsReview_Is409PendingTopUpsAndChangesNothing()
    {
        var student = await FundedAsync(30_000);
        var claim = await ApiCalls.BankTransferAsync(student.Client, 20_000);

        using var refused = await CloseAsync(student.Id, ToBank());

        await refused.AssertProblemAsync(HttpStatusCode.Conflict, "pending_topups");
        Assert.Equal("active", (await WalletAsync(student)).GetProperty("status").GetString());
        Assert.Equal(30_000, await ApiFixture.BalanceAsync(student));
        await ApiCalls.RejectTopUpAsync(app.Admin.Client, claim, "not on the statement");
        await ExpectClosedAsync(student.Id, ToBank());
    }

    [Fact]
    public async Task Close_WhileAWithdrawalIsPending_Is409PendingWithdrawalsAndChangesNothing()
    {
        var seller = await FundedAsync(50_000, "seller");
        var withdrawal = await ApiCalls.WithdrawAsync(seller.Client, 20_000);

        using var refused = await CloseAsync(seller.Id, ToBank());

        await refused.AssertProblemAsync(HttpStatusCode.Conflict, "pending_withdrawals");
        Assert.Equal(30_000, await ApiFixture.BalanceAsync(seller));
        Assert.Equal("active", (await WalletAsync(seller)).GetProperty("status").GetString());
        await ApiCalls.CompleteWithdrawalAsync(app.Admin.Client, withdrawal);
        Assert.Equal(30_000, (await ExpectClosedAsync(seller.Id, ToBank())).GetProperty("paidOut").GetInt64());
        await app.AssertConservedAsync();
    }

    [Fact]
    public async Task Close_WithABalanceAndNoPayout_Is409AccountNotEmpty()
    {
        var student = await FundedAsync(10_000);

        using var refused = await CloseAsync(student.Id, Api.Json("{}"));

        await refused.AssertProblemAsync(HttpStatusCode.Conflict, "account_not_empty");
        Assert.Equal("active", (await WalletAsync(student)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Close_FrozenAccount_Is403AccountFrozen()
    {
        var student = await FundedAsync(10_000);
        await app.SetFrozenAsync(student.Id, frozen: true);

        using var refused = await CloseAsync(student.Id, ToBank());

        await refused.AssertProblemAsync(HttpStatusCode.Forbidden, "account_frozen");
        Assert.Equal(10_000, await ApiFixture.BalanceAsync(student));
    }

    [Fact]
    public async Task Close_ToAWalletThatCannotTakeIt_IsRefusedAndMovesNothing()
    {
        var student = await FundedAsync(20_000);
        var closedSibling = await app.CreateUserAsync();
        await ExpectClosedAsync(closedSibling.Id, Api.Json("{}"));
        var admin = await app.CreateUserAsync("admin");

        using var toSelf = await CloseAsync(student.Id, Api.Json(new { toWallet = student.Id }));
        using var toClosed = await CloseAsync(student.Id, Api.Json(new { toWallet = closedSibling.Id }));
        using var toAdmin = await CloseAsync(student.Id, Api.Json(new { toWallet = admin.Id }));
        using var toNobody = await CloseAsync(student.Id, Api.Json(new { toWallet = "nobody@example.test" }));

        await toSelf.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "self_payment");
        await toClosed.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "payee_cannot_receive");
        await toAdmin.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await toNobody.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.Equal(20_000, await ApiFixture.BalanceAsync(student));
        Assert.Equal("active", (await WalletAsync(student)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Close_AsAnAttackerOrWithABadBody_IsRefused()
    {
        var student = await FundedAsync(20_000);
        var other = await app.CreateUserAsync("seller");

        using var bySeller = await other.Client.PostAsync($"/api/v1/admin/users/{student.Id}/close", ToBank());
        using var byOwner = await student.Client.PostAsync($"/api/v1/admin/users/{student.Id}/close", ToBank());
        using var unknown = await CloseAsync("usr_0000000000000000000000000000dead", ToBank());
        using var adminAccount = await CloseAsync(app.Admin.Id, Api.Json("{}"));
        using var both = await CloseAsync(student.Id, Api.Json(new { toWallet = other.Id, bankCode = "bca", accountNumber = "1234567890", accountName = "A" }));
        using var partial = await CloseAsync(student.Id, Api.Json(new { bankCode = "bca", accountName = "A" }));
        using var badCode = await CloseAsync(student.Id, Api.Json(new { bankCode = "BCA", accountNumber = "1234567890", accountName = "A" }));

        await bySeller.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await byOwner.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await adminAccount.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await both.AssertValidationAsync("toWallet");
        await partial.AssertValidationAsync("accountNumber");
        await badCode.AssertValidationAsync("bankCode");
        Assert.Equal(20_000, await ApiFixture.BalanceAsync(student));
        Assert.Equal("active", (await WalletAsync(student)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Close_Again_AnswersClosedAndPaysOutOnlyWhatCameBackFromARejectedPayout()
    {
        var student = await FundedAsync(60_000);
        var first = await ExpectClosedAsync(student.Id, ToBank());
        var repeat = await ExpectClosedAsync(student.Id, ToBank());
        Assert.Equal(0, repeat.GetProperty("paidOut").GetInt64());

        await ApiCalls.RejectWithdrawalAsync(app.Admin.Client, first.GetProperty("withdrawal").GetProperty("id").GetString()!, "account name does not match");
        Assert.Equal(60_000, await ApiFixture.BalanceAsync(student));
        var second = await ExpectClosedAsync(student.Id, Api.Json(new { bankCode = "bni", accountNumber = "9876543210", accountName = "Parent" }));

        Assert.Equal(60_000, second.GetProperty("paidOut").GetInt64());
        Assert.Equal("9876543210", second.GetProperty("withdrawal").GetProperty("accountNumber").GetString());
        Assert.Equal(0, await ApiFixture.BalanceAsync(student));
        Assert.Equal("closed", (await WalletAsync(student)).GetProperty("status").GetString());
        await app.AssertConservedAsync();
    }

    [Fact]
    public async Task Close_RacingPaymentsInAndOut_NeverLosesMoney()
    {
        const long start = 200_000;
        const long amount = 1_000;
        const int lanes = 4;
        var student = await FundedAsync(start);
        var canteen = await app.CreateUserAsync("seller");
        var parent = await FundedAsync(start);
        var sibling = await app.CreateUserAsync();

        // Each lane pays one payment after another until one is refused; the close is sent once a payment each way was made.
        var firstOut = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstIn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var outgoing = Enumerable.Range(0, lanes).Select(_ => LaneAsync(
            () => ApiFixture.PayAsync(student, canteen.Id, amount), HttpStatusCode.Conflict, "account_closed", firstOut)).ToList();
        var incoming = Enumerable.Range(0, lanes).Select(_ => LaneAsync(
            () => ApiFixture.PayAsync(parent, student.Id, amount), HttpStatusCode.UnprocessableEntity, "payee_cannot_receive", firstIn)).ToList();
        await Task.WhenAll(firstOut.Task, firstIn.Task);
        var closed = await ExpectClosedAsync(student.Id, Api.Json(new { toWallet = sibling.Id }));
        var sent = (await Task.WhenAll(outgoing)).Sum();
        var received = (await Task.WhenAll(incoming)).Sum();

        Assert.True(sent > 0 && received > 0, $"no payment was made before the close ({sent} out, {received} in)");
        var paidOut = closed.GetProperty("paidOut").GetInt64();
        Assert.Equal(start - (sent * amount) + (received * amount), paidOut);
        Assert.Equal(0, await ApiFixture.BalanceAsync(student));
        Assert.Equal(paidOut, await ApiFixture.BalanceAsync(sibling));
        Assert.Equal(sent * amount, await ApiFixture.BalanceAsync(canteen));
        Assert.Equal(start - (received * amount), await ApiFixture.BalanceAsync(parent));
        await app.AssertConservedAsync();
    }

    [Fact]
    public async Task Close_TwiceAtOnce_PaysOutOnce()
    {
        var student = await FundedAsync(50_000);
        var sibling = await app.CreateUserAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            using var response = await CloseAsync(student.Id, Api.Json(new { toWallet = sibling.Id }));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return (await response.ReadJsonAsync()).GetProperty("paidOut").GetInt64();
            }

            await response.AssertProblemAsync(HttpStatusCode.Conflict, "payments_in_flight");
            return -1;
        }));

        Assert.Equal(50_000, Assert.Single(answers, paid => paid > 0));
        Assert.All(answers.Where(paid => paid <= 0), paid => Assert.True(paid is 0 or -1));
        Assert.Equal(50_000, await ApiFixture.BalanceAsync(sibling));
        await app.AssertConservedAsync();
    }

    /// <summary>Payments one after another until one is refused as <paramref name="code"/>; how many were made.</summary>
    private static async Task<int> LaneAsync(
        Func<Task<HttpResponseMessage>> pay, HttpStatusCode refused, string code, TaskCompletionSource firstAnswered)
    {
        for (var made = 0; ; made++)
        {
            using var response = await pay();
            firstAnswered.TrySetResult();
            if (response.StatusCode != HttpStatusCode.Created)
            {
                await response.AssertProblemAsync(refused, code);
                return made;
            }
        }
    }

    private Task<HttpResponseMessage> CloseAsync(string userId, StringContent body) =>
        app.Admin.Client.PostAsync($"/api/v1/admin/users/{userId}/close", body);

    private async Task<JsonElement> ExpectClosedAsync(string userId, StringContent body) =>
        await ApiCalls.ExpectAsync(await CloseAsync(userId, body), HttpStatusCode.OK);

    private async Task<TestUser> FundedAsync(long balance, string role = "buyer")
    {
        var user = await app.CreateUserAsync(role);
        await app.TopUpAsync(user.Id, balance);
        return user;
    }

    private static StringContent ToBank() =>
        Api.Json(new { bankCode = "bca", accountNumber = "1234567890", accountName = "Orang Tua Siti" });

    private static async Task<JsonElement> WalletAsync(TestUser user) =>
        await ApiCalls.ExpectAsync(await user.Client.GetAsync("/api/v1/wallet"), HttpStatusCode.OK);

    private static async Task<List<string?>> KindsAsync(TestUser user)
    {
        var page = await ApiCalls.ExpectAsync(await user.Client.GetAsync("/api/v1/wallet/transactions"), HttpStatusCode.OK);
        return [.. page.GetProperty("items").EnumerateArray().Select(entry => entry.GetProperty("kind").GetString())];
    }
}
