using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Notifications;
using Cashless.Grains.Interfaces.Records;
using Cashless.Grains.Interfaces.TopUps;

namespace Cashless.Grains.Notifications;

/// <summary>The words of every notification, in one place. Each is a record change, committed with its event.</summary>
public sealed partial class Notices(IIdGenerator ids, TimeProvider clock)
{
    /// <summary>Read from the payee's credit entry (<paramref name="at"/>, <paramref name="sequence"/>): no row of its own.</summary>
    public static NotificationCreated PaymentReceived(string payee, EntryKind credit, Money amount, string paymentId, DateTimeOffset at, long sequence) =>
        Derived(payee, DerivedKind(credit), amount, paymentId, at, sequence);

    /// <summary>Read from the payer's debit entry once the payment is completed: no row of its own.</summary>
    public static NotificationCreated PaymentSent(string payer, EntryKind credit, Money amount, string paymentId, DateTimeOffset at, long sequence) =>
        Derived(payer, DerivedKind(credit == EntryKind.AllowanceIn ? EntryKind.AllowanceOut : EntryKind.PaymentOut), amount, paymentId, at, sequence);

    /// <summary>The notification a payment entry is read as (decision 0007).</summary>
    public static NotificationKind DerivedKind(EntryKind entry) => entry switch
    {
        EntryKind.PaymentIn => NotificationKind.PaymentReceived,
        EntryKind.PaymentOut => NotificationKind.PaymentSent,
        EntryKind.AllowanceIn => NotificationKind.AllowanceReceived,
        EntryKind.AllowanceOut => NotificationKind.AllowanceSent,
        _ => throw new ArgumentOutOfRangeException(nameof(entry), entry, "not a payment entry"),
    };

    /// <summary>The words of a notification read from a journal entry.</summary>
    public static string DerivedMessage(NotificationKind kind, Money amount) => kind switch
    {
        NotificationKind.PaymentReceived => $"You received {Rupiah(amount)}.",
        NotificationKind.AllowanceReceived => $"You received an allowance of {Rupiah(amount)} from your guardian.",
        NotificationKind.AllowanceSent => $"Your allowance of {Rupiah(amount)} was delivered.",
        _ => $"Your payment of {Rupiah(amount)} was delivered.",
    };

    public NotificationCreated PaymentReversed(string payer, Money amount, string paymentId) =>
        New(payer, NotificationKind.PaymentReversed, $"Your payment of {Rupiah(amount)} came back to your wallet: the payee could not take it.", amount, paymentId);

    public NotificationCreated TopUpSettled(TopUpRecord topUp) => topUp.Channel == TopUpChannel.BankTransfer
        ? New(topUp.AccountId, NotificationKind.TopUpApproved, $"Your bank transfer of {Rupiah(topUp.Amount)} was approved and is in your wallet.", topUp.Amount, topUp.Id)
        : New(topUp.AccountId, NotificationKind.TopUpSettled, $"Your top-up of {Rupiah(topUp.Amount)} is in your wallet.", topUp.Amount, topUp.Id);

    public NotificationCreated TopUpClosed(TopUpRecord topUp, TopUpStatus status, string? reason) => status switch
    {
        TopUpStatus.Rejected => New(topUp.AccountId, NotificationKind.TopUpRejected,
            $"Your {(topUp.Channel == TopUpChannel.BankTransfer ? "bank transfer" : "top-up")} of {Rupiah(topUp.Amount)} was rejected: {reason}", topUp.Amount, topUp.Id),
        TopUpStatus.Expired => Failed(topUp, "expired before it was paid"),
        TopUpStatus.Cancelled => Failed(topUp, "was cancelled"),
        TopUpStatus.Flagged => Failed(topUp, "needs a check by an admin; nothing was credited yet"),
        _ => Failed(topUp, "failed"),
    };

    public NotificationCreated TopUpReversed(TopUpRecord topUp, Money owed) =>
        New(topUp.AccountId, NotificationKind.TopUpReversed, owed.IsPositive
            ? $"Your top-up of {Rupiah(topUp.Amount)} was reversed by the bank; {Rupiah(owed)} of it was already spent, so your account is frozen until an admin settles it."
            : $"Your top-up of {Rupiah(topUp.Amount)} was reversed by the bank.", topUp.Amount, topUp.Id);

    public NotificationCreated WithdrawalCompleted(string accountId, Money amount, string withdrawalId) =>
        New(accountId, NotificationKind.WithdrawalCompleted, $"Your withdrawal of {Rupiah(amount)} was paid out.", amount, withdrawalId);

    public NotificationCreated WithdrawalRejected(string accountId, Money amount, string withdrawalId, string? reason) =>
        New(accountId, NotificationKind.WithdrawalRejected, $"Your withdrawal of {Rupiah(amount)} was rejected and returned to your wallet: {reason}", amount, withdrawalId);

    public NotificationCreated AccountStatusChanged(string accountId, bool frozen) => frozen
        ? New(accountId, NotificationKind.AccountFrozen, "Your account was frozen: you can sign in and read, but not pay, receive, top up or withdraw.", null, null)
        : New(accountId, NotificationKind.AccountUnfrozen, "Your account is active again.", null, null);

    public NotificationCreated AccountClosed(string accountId, Money paidOut, string? payoutId) => paidOut.IsPositive
        ? New(accountId, NotificationKind.AccountClosed, $"Your account was closed; its balance of {Rupiah(paidOut)} was paid out. You can still sign in and read its history.", paidOut, payoutId)
        : New(accountId, NotificationKind.AccountClosed, "Your account was closed. You can still sign in and read its history.", null, null);

    public NotificationCreated PaymentRequestPaid(string userId, Money amount, string requestId, string payerName) =>
        New(userId, NotificationKind.PaymentRequestPaid, $"{payerName} paid {Rupiah(amount)}.", amount, requestId);

    public NotificationCreated RefundReceived(string payer, Money amount, string refundId) =>
        New(payer, NotificationKind.RefundReceived, $"You got {Rupiah(amount)} back: a refund of your payment.", amount, refundId);

    /// <summary>Rupiah as Indonesians write it: "Rp 12.000".</summary>
    public static string Rupiah(Money amount) =>
        "Rp " + amount.Rupiah.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.');

    private static NotificationCreated Derived(
        string userId, NotificationKind kind, Money amount, string paymentId, DateTimeOffset at, long sequence) =>
        new(new NotificationRecord(DerivedNotificationId.Of(at, sequence), userId, kind, DerivedMessage(kind, amount), amount, paymentId, at),
            DerivedFromEntries: true);

    private NotificationCreated Failed(TopUpRecord topUp, string what) =>
        New(topUp.AccountId, NotificationKind.TopUpFailed, $"Your top-up of {Rupiah(topUp.Amount)} {what}.", topUp.Amount, topUp.Id);

    private NotificationCreated New(string userId, NotificationKind kind, string message, Money? amount, string? reference) =>
        new(new NotificationRecord(ids.NewId(IdPrefixes.Notification), userId, kind, message, amount, reference, clock.GetUtcNow()));
}
