namespace Cashless.Grains.Interfaces.TopUps;

/// <summary>What the user says they sent, for the admin who checks the community's bank statement.</summary>
[GenerateSerializer, Immutable, Alias("Cashless.BankTransferDetails")]
public sealed record BankTransferDetails(
    [property: Id(0)] string SenderBank,
    [property: Id(1)] string SenderAccountName,
    [property: Id(2)] string TransferReference);
