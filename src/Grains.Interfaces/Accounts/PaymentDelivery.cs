namespace Cashless.Grains.Interfaces.Accounts;

/// <summary>The payer's outbox record handed to the payee. <see cref="IsRedelivery"/> makes the payee look for an earlier credit.</summary>
[GenerateSerializer, Immutable, Alias("Cashless.PaymentDelivery")]
public sealed record PaymentDelivery(
    [property: Id(0)] string PaymentId,
    [property: Id(1)] string PayerId,
    [property: Id(2)] Money Amount,
    [property: Id(3)] string? Description,
    [property: Id(4)] bool IsRedelivery);
