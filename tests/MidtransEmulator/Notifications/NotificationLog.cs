namespace Cashless.MidtransEmulator.Notifications;

internal static partial class NotificationLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Notification {Status} for {OrderId} to {Url}: HTTP {Code}")]
    public static partial void Delivered(ILogger logger, string status, string orderId, Uri url, int code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {Status} for {OrderId} to {Url} failed: {Error}")]
    public static partial void Failed(ILogger logger, string status, string orderId, Uri url, string? error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification {Status} for {OrderId} to {Url} is sent again in {Delay} (retry {Retry})")]
    public static partial void Retrying(ILogger logger, string status, string orderId, Uri url, TimeSpan delay, int retry);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {Status} for {OrderId} to {Url} given up after {Retries} retries")]
    public static partial void GaveUp(ILogger logger, string status, string orderId, Uri url, int retries);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No notification URL for {OrderId}; {Status} notification not sent")]
    public static partial void NoUrl(ILogger logger, string status, string orderId);
}
