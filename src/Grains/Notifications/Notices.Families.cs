using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Notifications;
using Cashless.Grains.Interfaces.Records;

namespace Cashless.Grains.Notifications;

/// <summary>The notifications of families: low balance, and the copies of a student's notices its guardians get.</summary>
public sealed partial class Notices
{
    /// <summary>The student's own notice that its balance fell below the threshold; the amount is the balance left.</summary>
    public NotificationCreated BalanceLow(string studentId, Money balance, Money threshold) =>
        New(studentId, NotificationKind.BalanceLow, $"Your balance is below {Rupiah(threshold)}: {Rupiah(balance)} left.", balance, null);

    /// <summary>To a guardian: the student paid more than the guardians' chosen amount; the reference is the student.</summary>
    public NotificationCreated LargePayment(string guardianId, string studentId, Money amount, string? payeeDescription) =>
        New(guardianId, NotificationKind.LargePayment,
            $"Your child paid {Rupiah(amount)}{(string.IsNullOrEmpty(payeeDescription) ? "" : $" ({payeeDescription})")}.", amount, studentId);

    /// <summary>To a guardian: the student's payment of <paramref name="amount"/> was refused by its limits; the reference is the student.</summary>
    public NotificationCreated LimitReached(string guardianId, string studentId, Money amount, Money? remainingToday) =>
        New(guardianId, NotificationKind.LimitReached,
            $"Your child tried to pay {Rupiah(amount)}, more than the limits allow"
            + (remainingToday is { } left ? $" ({Rupiah(left)} left today)." : "."), amount, studentId);

    /// <summary>
    /// A guardian's copy of a notice of the student (a row of the guardian's own log, pushed to its own feed), with the
    /// student's id as the reference so the guardian can tell which child it is about.
    /// </summary>
    public NotificationCreated ForGuardian(NotificationRecord notice, string guardianId)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var amount = Rupiah(notice.Amount ?? Money.Zero);
        var message = notice.Kind switch
        {
            NotificationKind.BalanceLow => $"Your child's balance is low: {amount} left.",
            NotificationKind.TopUpApproved => $"A bank transfer of {amount} to your child's wallet was approved.",
            NotificationKind.TopUpSettled => $"Your child's wallet was topped up with {amount}.",
            _ => $"About your child: {notice.Message}",
        };
        return New(guardianId, notice.Kind, message, notice.Amount, notice.UserId);
    }
}
