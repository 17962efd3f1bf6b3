namespace Cashless.Grains.Interfaces.TopUps;

/// <summary>What the gateway issued for a virtual-account top-up: a VA number, or a biller code and bill key (Mandiri).</summary>
[GenerateSerializer, Immutable, Alias("Cashless.VirtualAccountDetails")]
public sealed record VirtualAccountDetails(
    [property: Id(0)] string Bank,
    [property: Id(1)] string? VaNumber,
    [property: Id(2)] string? BillerCode,
    [property: Id(3)] string? BillKey,
    [property: Id(4)] DateTimeOffset? ExpiresAt,
    [property: Id(5)] string? GatewayTransactionId);
