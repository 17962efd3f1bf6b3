namespace Cashless.Grains.Interfaces.Notifications;

/// <summary>One message to one user, written in the same commit as the event it tells of.</summary>
[GenerateSerializer, Immutable, Alias("Cashless.NotificationRecord")]
public sealed record NotificationRecord(
    [property: Id(0)] string Id,
    [property: Id(1)] string UserId,
    [property: Id(2)] NotificationKind Kind,
    [property: Id(3)] string Message,
    [property: Id(4)] Money? Amount,
    [property: Id(5)] string? Reference,
    [property: Id(6)] DateTimeOffset CreatedAt)
{
    [Id(7)]
    public DateTimeOffset? ReadAt { get; init; }
}
