using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Cashless.MidtransEmulator.CoreApi;
using Cashless.MidtransEmulator.Transactions;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Cashless.MidtransEmulator.Notifications;

/// <summary>
/// POSTs notifications in the background, as Midtrans does, so a client that changes a status through the
/// Core API is never blocked on its own webhook. Deliveries for one order_id go out strictly in the order
/// they were sent here. As Midtrans does, a delivery answered 5xx or not at all is sent again later, at doubling
/// intervals (<see cref="EmulatorOptions.NotificationRetries"/>); such a retry does not hold up the order's later
/// notifications, so it may arrive after them.
/// </summary>
public sealed class NotificationSender(
    IHttpClientFactory clients,
    EmulatorState state,
    TransactionMessageFactory messages,
    IOptions<JsonOptions> json,
    IOptions<EmulatorOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<NotificationSender> logger)
{
    public const string ClientName = "notifications";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (Task Tail, long Sequence)> _queues = new(StringComparer.Ordinal);

    public void Send(Transaction transaction, TransactionStatus status, NotificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Send)
        {
            return;
        }
        if (transaction.NotificationUrls.Count == 0)
        {
            NotificationLog.NoUrl(logger, status.ToWire(), transaction.OrderId);
            return;
        }
        var message = messages.Notification(transaction, status, options.Amount ?? transaction.GrossAmount, options.ForgeSignature);
        var body = JsonSerializer.Serialize(message, json.Value.SerializerOptions);
        Enqueue(transaction.OrderId, () => DeliverCopiesAsync(transaction, status.ToWire(), body, 1 + options.Duplicates));
    }

    private void Enqueue(string orderId, Func<Task> delivery)
    {
        lock (_gate)
        {
            var (previous, sequence) = _queues.GetValueOrDefault(orderId, (Task.CompletedTask, 0));
            _queues[orderId] = (RunAfterAsync(previous, orderId, sequence + 1, delivery), sequence + 1);
        }
    }

    private async Task RunAfterAsync(Task previous, string orderId, long sequence, Func<Task> delivery)
    {
        await Task.Yield();
        await previous;
        await delivery();
        lock (_gate)
        {
            if (_queues.TryGetValue(orderId, out var queue) && queue.Sequence == sequence)
            {
                _queues.Remove(orderId);
            }
        }
    }

    private async Task DeliverCopiesAsync(Transaction transaction, string status, string body, int copies)
    {
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var url in transaction.NotificationUrls)
            {
                if (!await DeliverAsync(transaction.OrderId, status, url, body))
                {
                    _ = RetryAsync(transaction.OrderId, status, url, body);
                }
            }
        }
    }

    private async Task RetryAsync(string orderId, string status, Uri url, string body)
    {
        var (retries, delay) = (options.Value.NotificationRetries, options.Value.NotificationRetryDelay);
        for (var retry = 1; retry <= retries; retry++, delay *= 2)
        {
            NotificationLog.Retrying(logger, status, orderId, url, delay, retry);
            try
            {
                await Task.Delay(delay, lifetime.ApplicationStopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (await DeliverAsync(orderId, status, url, body))
            {
                return;
            }
        }

        NotificationLog.GaveUp(logger, status, orderId, url, retries);
    }

    /// <summary>POSTs and records one delivery; false when Midtrans would send it again (5xx or no answer).</summary>
    private async Task<bool> DeliverAsync(string orderId, string status, Uri url, string body)
    {
        var (responseStatus, error) = await PostAsync(url, body);
        state.RecordDelivery(new NotificationDelivery(orderId, status, url, body, responseStatus, error, DateTimeOffset.UtcNow));
        if (responseStatus is not { } code)
        {
            NotificationLog.Failed(logger, status, orderId, url, error);
            return false;
        }

        NotificationLog.Delivered(logger, status, orderId, url, code);
        return code < StatusCodes.Status500InternalServerError;
    }

    /// <summary>Never throws: a failed delivery is a result to record, and it must not break the order's queue.</summary>
    private async Task<(int? Status, string? Error)> PostAsync(Uri url, string body)
    {
        try
        {
            using var content = new StringContent(body, Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await clients.CreateClient(ClientName).PostAsync(url, content, lifetime.ApplicationStopping);
            return ((int)response.StatusCode, null);
        }
        catch (Exception ex)
        {
            return (null, ex.GetType().Name + ": " + ex.Message);
        }
    }
}
