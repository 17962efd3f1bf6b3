namespace Cashless.WebApi.Contracts;

/// <summary>The answer Midtrans gets for a notification that was applied or changed nothing: <c>{"status":"ok"}</c>.</summary>
public sealed record NotificationAck(string Status)
{
    public static NotificationAck Ok { get; } = new("ok");
}
