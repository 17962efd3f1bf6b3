using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.TopUps;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace Cashless.WebApi.Midtrans;

/// <summary>
/// The Core API calls we make, as a typed client of <see cref="IHttpClientFactory"/> behind the pipeline of
/// <see cref="MidtransResilience"/>. Both the HTTP status and the body's status_code are checked (Midtrans can answer an
/// error body under HTTP 200). A charge is never retried blindly: when it gets no clear answer, the status API is
/// asked whether it exists before anything is decided.
/// </summary>
public sealed class MidtransClient(HttpClient http, IOptions<MidtransOptions> options, TimeProvider clock)
{
    private const int ExpiredStatusCode = 407;
    private const int DuplicateOrderStatusCode = 406;

    public async Task<ChargeOutcome> ChargeVirtualAccount(string orderId, Money amount, string bank, CancellationToken ct)
    {
        try
        {
            using var request = Request(HttpMethod.Post, "v2/charge");
            request.Content = JsonContent.Create(
                MidtransChargeBody.For(orderId, amount, bank, options.Value.VirtualAccountExpiry), options: MidtransJson.Options);
            using var response = await http.SendAsync(request, ct);
            var answer = await ReadTransaction(response, ct);
            if (response.IsSuccessStatusCode && answer is { StatusCodeNumber: 200 or 201, TransactionStatus: "pending" }
                && (answer.OrderId ?? orderId) == orderId)
            {
                return ChargeOutcome.IssuedAs(DetailsOf(answer, bank));
            }

            // 5xx means the gateway may or may not have created it; a 406 may be our own earlier attempt; any other
            // 4xx means it created nothing.
            var code = Math.Max((int)response.StatusCode, answer?.StatusCodeNumber ?? 0);
            if (code < 500 && answer?.StatusCodeNumber != DuplicateOrderStatusCode)
            {
                return ChargeOutcome.RefusedFor($"gateway refused the charge: {answer?.StatusCode} {answer?.StatusMessage}".Trim());
            }
        }
        catch (Exception failure) when (IsNoAnswer(failure, ct))
        {
            // No answer (transport error, attempt timed out, unreadable body): ask whether the charge exists.
        }

        return await AfterUnclearCharge(orderId, bank, ct);
    }

    /// <summary>The transaction as Midtrans has it, or null when it does not know the order.</summary>
    /// <exception cref="MidtransUnavailableException">No usable answer (safe calls are retried by the pipeline first).</exception>
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

            var failed = !response.IsSuccessStatusCode || answer is null
                || (answer.StatusCodeNumber >= 400 && answer.StatusCodeNumber != ExpiredStatusCode)
                || (answer.OrderId ?? orderId) != orderId;
            return failed
                ? throw new MidtransUnavailableException($"status of {orderId}: HTTP {(int)response.StatusCode}, body {answer?.StatusCode}")
                : answer;
        }
        catch (Exception failure) when (IsNoAnswer(failure, ct))
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
                { TransactionStatus: "pending" } => ChargeOutcome.IssuedAs(DetailsOf(status, bank)),
                _ => ChargeOutcome.UnknownFor($"the gateway holds the charge as {status.TransactionStatus}"),
            };
        }
        catch (MidtransUnavailableException)
        {
            return ChargeOutcome.UnknownFor("the gateway did not answer");
        }
    }

    /// <summary>A failure that leaves the answer unknown; the caller's own cancellation is not one of them.</summary>
    private static bool IsNoAnswer(Exception failure, CancellationToken ct) =>
        failure is HttpRequestException or TimeoutRejectedException or JsonException
        || (failure is OperationCanceledException && !ct.IsCancellationRequested);

    private HttpRequestMessage Request(HttpMethod method, string path)
    {
        var settings = options.Value;
        var request = new HttpRequestMessage(method, new Uri(settings.BaseUrl, path));
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes(settings.ServerKey + ":"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }

    private static async Task<MidtransTransaction?> ReadTransaction(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        return string.IsNullOrWhiteSpace(text) ? null : JsonSerializer.Deserialize<MidtransTransaction>(text, MidtransJson.Options);
    }

    /// <summary>What the customer pays to. Without an expiry_time from the gateway, the expiry we asked for is assumed.</summary>
    public VirtualAccountDetails DetailsOf(MidtransTransaction transaction, string bank) => new(
        bank,
        transaction.PermataVaNumber
            ?? transaction.VaNumbers?.FirstOrDefault(number => number.Bank == bank)?.VaNumber
            ?? (transaction.VaNumbers is [var first, ..] ? first.VaNumber : null),
        transaction.BillerCode,
        transaction.BillKey,
        MidtransTime.Parse(transaction.ExpiryTime) ?? clock.GetUtcNow() + options.Value.VirtualAccountExpiry,
        transaction.TransactionId);
}
