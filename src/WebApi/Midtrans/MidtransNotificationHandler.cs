using System.Net;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Ledger;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Midtrans;

/// <summary>
/// Verifies and applies one HTTP notification: the signature first (constant time), then the order, then, with
/// Midtrans:VerifyStatus, the status API's own answer, which is what is applied. The top-up grain makes duplicates and
/// stale statuses change nothing.
/// </summary>
public sealed partial class MidtransNotificationHandler(
    MidtransClient midtrans,
    ILedgerStore ledger,
    IGrainFactory grains,
    IOptions<MidtransOptions> options,
    ILogger<MidtransNotificationHandler> logger)
{
    /// <summary>How long a notification waits for the status API before it is answered 503.</summary>
    public static readonly TimeSpan StatusDeadline = TimeSpan.FromSeconds(4);

    private const int MaxLoggedOrderIdLength = 64;

    public async Task<NotificationVerdict> HandleAsync(MidtransTransaction notification, IPAddress? remoteAddress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            return NotificationVerdict.NotConfigured;
        }

        if (!MidtransSignature.IsValid(notification, settings.ServerKey!))
        {
            LogInvalidSignature(logger, Printable(notification.OrderId), remoteAddress?.ToString() ?? "unknown");
            return NotificationVerdict.InvalidSignature;
        }

        var orderId = notification.OrderId!;
        if (await ledger.GetTopUpAsync(orderId, ct) is not { Channel: TopUpChannel.VirtualAccount })
        {
            return NotificationVerdict.UnknownOrder;
        }

        var report = MidtransStates.Report(notification);
        if (settings.VerifyStatus)
        {
            // The status API is the truth; a notification that disagrees with it on the amount is flagged.
            var status = await ConfirmAsync(orderId, ct);
            if (status is null)
            {
                return NotificationVerdict.StatusUnavailable;
            }

            report = MidtransStates.Report(status, notification.GrossAmount);
        }

        await grains.Reference<ITopUpGrain>(orderId).ApplyGatewayReport(report);
        return NotificationVerdict.Applied;
    }

    /// <summary>
    /// The status API's answer, or null (logged) when it gives none within <see cref="StatusDeadline"/>: Midtrans waits
    /// at most 15 s and asks for an answer within 5, and a 503 brings the notification back later anyway.
    /// </summary>
    private async Task<MidtransTransaction?> ConfirmAsync(string orderId, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(StatusDeadline);
        try
        {
            var status = await midtrans.GetStatus(orderId, deadline.Token);
            if (status is null)
            {
                LogStatusUnknown(logger, orderId);
            }

            return status;
        }
        catch (MidtransUnavailableException failure)
        {
            LogStatusUnavailable(logger, orderId, failure.Message);
            return null;
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            LogStatusUnavailable(logger, orderId, $"no answer within {StatusDeadline.TotalSeconds} s");
            return null;
        }
    }

    /// <summary>An attacker chooses the order_id: only the order-id alphabet reaches the log, and not much of it.</summary>
    private static string Printable(string? orderId)
    {
        if (orderId is null)
        {
            return "(none)";
        }

        var shown = orderId.Length > MaxLoggedOrderIdLength ? orderId[..MaxLoggedOrderIdLength] : orderId;
        return string.Concat(shown.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' ? c : '?'));
    }

    [LoggerMessage(EventId = 4010, Level = LogLevel.Warning,
        Message = "Security: Midtrans notification with an invalid signature for order {OrderId} from {RemoteAddress}; ignored")]
    private static partial void LogInvalidSignature(ILogger logger, string orderId, string remoteAddress);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Midtrans status of {OrderId} unavailable; notification refused with 503 for a retry: {Reason}")]
    private static partial void LogStatusUnavailable(ILogger logger, string orderId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Midtrans does not know order {OrderId} that it signed a notification for; refused with 503 for a retry")]
    private static partial void LogStatusUnknown(ILogger logger, string orderId);
}
