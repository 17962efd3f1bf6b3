using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.TopUps;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Midtrans;

/// <summary>
/// The Core API calls we make. Both the HTTP status and the body's status_code are checked (Midtrans can answer an
/// error body under HTTP 200). A charge is never retried blindly: when it gets no clear answer, the status API is
/// asked whether it exists before anything is decided.
/// </summary>
public sealed class MidtransClient(HttpClient http, IOptions<MidtransOptions> options)
{
    private const int ExpiredStatusCode = 407;

    public async Task<ChargeOutcome> ChargeVirtualAccount(string orderId, Money amount, string bank, CancellationToken ct)
    {
        MidtransTransaction? answer;
        try
        {
            using var request = Request(HttpMethod.Post, "v2/charge");
            request.Content = JsonContent.Create(MidtransChargeBody.For(orderId, amount, bank, options.Value.VirtualAccountExpiry), options: MidtransJson.Options);
            using var response = await http.SendAsync(request, ct);
            answer = await ReadTransaction(response, ct);
            if (response.IsSuccessStatusCode && answer is { StatusCodeNumber: 200 or 201, TransactionStatus: "pending" })
            {
                return ChargeOutcome.IssuedAs(Details(answer, bank));
            }

            // 5xx means the gateway may or may not have created it; a 4xx (other than a duplicate order) means it did not.
            var code = Math.Max((int)response.StatusCode, answer?.StatusCodeNumber ?? 0);
            if (code < 500 && answer?.StatusCodeNumber != 406)
            {
                return ChargeOutcome.RefusedFor($"gateway refused the charge: {answer?.StatusCode} {answer?.StatusMessage}".Trim());
            }
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            // No answer: fall through and ask whether the charge exists.
        }

        return await AfterUnclearCharge(orderId, bank, ct);
    }

    /// <summary>The transaction as Midtrans has it, or null when it does not know the order.</summary>
    public async Task<MidtransTransaction?> GetStatus(string orderId, CancellationToken ct)
    {
        try
        {
            using var request = Request(HttpMethod.Get, $"v2/{Uri.EscapeDataString(orderId)}/status");
            using var response = await http.SendAsync(request, ct);
            var answer = await ReadTransaction(response, ct);
            if (response.StatusCode == HttpStatusCode.NotFound || answer?.StatusCodeNumber == 404)
            {
                return null;
            }

            var failed = !response.IsSuccessStatusCode || answer is null || (answer.StatusCodeNumber >= 400 && answer.StatusCodeNumber != ExpiredStatusCode);
            return failed
                ? throw new MidtransUnavailableException($"status of {orderId}: HTTP {(int)response.StatusCode}, body {answer?.StatusCode}")
                : answer;
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            throw new MidtransUnavailableException($"status of {orderId}: no answer", failure);
        }
    }

    private async Task<ChargeOutcome> AfterUnclearCharge(string orderId, string bank, CancellationToken ct)
    {
        try
        {
            var status = await GetStatus(orderId, ct);
            return status switch
            {
                null => ChargeOutcome.RefusedFor("the gateway did not create the charge"),
                { TransactionStatus: "pending" } => ChargeOutcome.IssuedAs(Details(status, bank)),
                _ => ChargeOutcome.UnknownFor($"the gateway holds the charge as {status.TransactionStatus}"),
            };
        }
        catch (MidtransUnavailableException)
        {
            return ChargeOutcome.UnknownFor("the gateway did not answer");
        }
    }

    private HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, new Uri(options.Value.BaseUrl, path));
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes(options.Value.ServerKey + ":"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }

    private static async Task<MidtransTransaction?> ReadTransaction(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        return string.IsNullOrWhiteSpace(text) ? null : System.Text.Json.JsonSerializer.Deserialize<MidtransTransaction>(text, MidtransJson.Options);
    }

    private static VirtualAccountDetails Details(MidtransTransaction transaction, string bank) => new(
        bank,
        transaction.PermataVaNumber ?? (transaction.VaNumbers is [var first, ..] ? first.VaNumber : null),
        transaction.BillerCode,
        transaction.BillKey,
        MidtransTime.Parse(transaction.ExpiryTime),
        transaction.TransactionId);
}
