using Cashless.Grains.Interfaces.Notifications;

namespace Cashless.Grains.Interfaces.Records;

/// <summary>A notification committed with its event, so it exists exactly when the event does.</summary>
[GenerateSerializer, Immutable, Alias("Cashless.NotificationCreated")]
public sealed record NotificationCreated([property: Id(0)] NotificationRecord Notification) : RecordChange;
