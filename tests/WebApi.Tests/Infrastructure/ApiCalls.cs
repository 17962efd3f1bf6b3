using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Cashless.WebApi.Tests.Infrastructure;

/// <summary>The money operations over HTTP that the notification and report tests set up, each expected to succeed.</summary>
internal static class ApiCalls
{
    public static async Task<string> PayAsync(HttpClient payer, string to, long amount) =>
        Id(await ExpectAsync(await payer.PostAsync("/api/v1/payments", Api.Json(new { to, amount })), HttpStatusCode.Created));

    public static async Task<string> BankTransferAsync(HttpClient owner, long amount) =>
        Id(await ExpectAsync(await owner.PostAsync("/api/v1/topups/bank-transfer", Api.Json(new
        {
            amount,
            senderBank = "bca",
            senderAccountName = "Test sender",
            transferReference = $"TRF-{amount.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}", // one transfer each
        })), HttpStatusCode.Created));

    public static async Task ApproveAsync(HttpClient admin, string topUpId) =>
        await ExpectAsync(await admin.PostAsync($"/api/v1/admin/topups/{topUpId}/approve", null), HttpStatusCode.OK);

    public static async Task RejectTopUpAsync(HttpClient admin, string topUpId, string reason) =>
        await ExpectAsync(await admin.PostAsync($"/api/v1/admin/topups/{topUpId}/reject", Api.Json(new { reason })), HttpStatusCode.OK);

    public static async Task<string> WithdrawAsync(HttpClient owner, long amount) =>
        Id(await ExpectAsync(await owner.PostAsync("/api/v1/withdrawals", Withdrawal(amount)), HttpStatusCode.Created));

    public static async Task CompleteWithdrawalAsync(HttpClient admin, string withdrawalId) =>
        await ExpectAsync(await admin.PostAsync($"/api/v1/admin/withdrawals/{withdrawalId}/complete", null), HttpStatusCode.OK);

    public static async Task RejectWithdrawalAsync(HttpClient admin, string withdrawalId, string reason) =>
        await ExpectAsync(await admin.PostAsync($"/api/v1/admin/withdrawals/{withdrawalId}/reject", Api.Json(new { reason })), HttpStatusCode.OK);

    /// <summary>The first page (up to 200) of the caller's notification log, newest first.</summary>
    public static async Task<IReadOnlyList<JsonElement>> NotificationsAsync(HttpClient user, bool unreadOnly = false)
    {
        var body = await ExpectAsync(await user.GetAsync($"/api/v1/notifications?limit=200{(unreadOnly ? "&unread=true" : "")}"), HttpStatusCode.OK);
        return [.. body.GetProperty("items").EnumerateArray()];
    }

    public static async Task<JsonElement> OverviewAsync(HttpClient admin) =>
        await ExpectAsync(await admin.GetAsync("/api/v1/admin/reports/overview"), HttpStatusCode.OK);

    public static StringContent Withdrawal(long amount) =>
        Api.Json(new { amount, bankCode = "bca", accountNumber = "1234567890", accountName = "Test holder" });

    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == status,
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: expected {(int)status}, got {(int)response.StatusCode} {text}");
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
    }

    private static string Id(JsonElement created) => created.GetProperty("id").GetString()!;
}
