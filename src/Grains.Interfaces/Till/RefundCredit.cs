namespace Cashless.Grains.Interfaces.Till;

/// <summary>A refund handed to its payer by the seller's account: credited once (operation id = refund id), completing the refund.</summary>
[GenerateSerializer, Immutable, Alias("Cashless.RefundCredit")]
public sealed record RefundCredit(
    [property: Id(0)] string RefundId,
    [property: Id(1)] string SellerId,
    [property: Id(2)] Money Amount,
    [property: Id(3)] string Description);
