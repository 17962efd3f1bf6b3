using Cashless.Grains.Interfaces.TopUps;

namespace Cashless.Grains.Interfaces.Records;

/// <summary>
/// Moves a top-up into <see cref="To"/> if it is in one of <see cref="From"/>; otherwise the whole commit fails.
/// The optional fields overwrite the record's when set.
/// </summary>
[GenerateSerializer, Immutable, Alias("Cashless.TopUpMoved")]
public sealed record TopUpMoved(
    [property: Id(0)] string TopUpId,
    [property: Id(1)] IReadOnlyList<TopUpStatus> From,
    [property: Id(2)] TopUpStatus To,
    [property: Id(3)] DateTimeOffset At) : RecordChange
{
    [Id(4)]
    public string? ReviewedBy { get; init; }

    [Id(5)]
    public string? Reason { get; init; }

    [Id(6)]
    public VirtualAccountDetails? VirtualAccount { get; init; }

    [Id(7)]
    public Money Recovered { get; init; }

    /// <summary>The amount the gateway reported, when it differs from the charge's and an admin is to credit it.</summary>
    [Id(8)]
    public Money? Amount { get; init; }
}
