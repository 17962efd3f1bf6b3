using Cashless.Grains.Interfaces.Notifications;

namespace Cashless.Grains.Interfaces.Records;

/// <summary>
/// A notification committed with its event, so it exists exactly when the event does. <see cref="DerivedFromEntries"/>:
/// the notification is what the commit's journal entry already says (a payment received or sent, decision 0007); a
/// store whose notification log reads such entries writes no row of its own for it, and the live feeds get it all the same.
/// </summary>
[GenerateSerializer, Immutable, Alias("Cashless.NotificationCreated")]
public sealed record NotificationCreated(
    [property: Id(0)] NotificationRecord Notification,
    [property: Id(1)] bool DerivedFromEntries = false) : RecordChange;
