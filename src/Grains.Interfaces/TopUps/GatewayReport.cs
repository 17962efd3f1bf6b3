namespace Cashless.Grains.Interfaces.TopUps;

/// <summary>A gateway status for one order, already verified (signature, status API) and parsed exactly.</summary>
[GenerateSerializer, Immutable, Alias("Cashless.GatewayReport")]
public sealed record GatewayReport(
    [property: Id(0)] GatewayState State,
    [property: Id(1)] Money Amount,
    [property: Id(2)] string RawStatus);
