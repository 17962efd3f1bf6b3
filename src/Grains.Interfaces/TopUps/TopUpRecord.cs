namespace Cashless.Grains.Interfaces.TopUps;

[GenerateSerializer, Immutable, Alias("Cashless.TopUpRecord")]
public sealed record TopUpRecord(
    [property: Id(0)] string Id,
    [property: Id(1)] string AccountId,
    [property: Id(2)] TopUpChannel Channel,
    [property: Id(3)] TopUpStatus Status,
    [property: Id(4)] Money Amount,
    [property: Id(5)] DateTimeOffset CreatedAt,
    [property: Id(6)] DateTimeOffset UpdatedAt,
    [property: Id(7)] string? Note,
    [property: Id(8)] string? CreatedBy)
{
    [Id(9)]
    public VirtualAccountDetails? VirtualAccount { get; init; }

    [Id(10)]
    public BankTransferDetails? BankTransfer { get; init; }

    /// <summary>The admin who approved or rejected a bank transfer.</summary>
    [Id(11)]
    public string? ReviewedBy { get; init; }

    /// <summary>Why it was rejected, failed or flagged.</summary>
    [Id(12)]
    public string? Reason { get; init; }

    /// <summary>For a reversed top-up: how much could be taken back (the rest is the account's debt).</summary>
    [Id(13)]
    public Money Recovered { get; init; }

    /// <summary>
    /// For a bank transfer: the earliest other claim whose transfer reference is the same (<see cref="TransferReference"/>)
    /// when this one was made. Approving it needs the admin's explicit confirmation.
    /// </summary>
    [Id(14)]
    public string? PossibleDuplicateOf { get; init; }
}
