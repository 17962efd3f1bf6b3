namespace Cashless.Grains.Common;

public static class IdPrefixes
{
    public const string User = "usr_";
    public const string Payment = "pay_";
    public const string TopUp = "top_";
    public const string Withdrawal = "wdr_";
    public const string Notification = "ntf_";
    public const string Entry = "ent_";
    public const string PaymentRequest = "pr_";
}
