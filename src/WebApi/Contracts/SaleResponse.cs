namespace Cashless.WebApi.Contracts;

/// <summary>A payment the seller received today, with what was refunded of it and who paid.</summary>
public sealed record SaleResponse(
    string PaymentId,
    long Amount,
    long Refunded,
    string Description,
    PartyResponse Payer,
    DateTime CreatedAt);
