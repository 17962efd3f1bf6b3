namespace Cashless.MidtransEmulator.Notifications;

/// <summary>How a status change is announced: not at all, once, or with extra copies or a doctored body.</summary>
/// <param name="Duplicates">Extra copies of the same notification, sent after the first.</param>
/// <param name="Amount">A gross_amount to announce instead of the stored one (signed consistently).</param>
public sealed record NotificationOptions(bool Send = true, int Duplicates = 0, long? Amount = null, bool ForgeSignature = false)
{
    public static NotificationOptions Once { get; } = new();
}
