namespace Cashless.Cluster.Tests.Infrastructure;

/// <summary>
/// The decided answer to one keyed payment: 201 (with the payment's id and status) or a refusal. Indefinite answers
/// (a 5xx, a 409 "in progress", a dropped connection) are never recorded: the request is sent again with its key.
/// </summary>
public sealed record PaymentAnswer(string Key, Wallet Buyer, Wallet Seller, long Amount, int Status, string? PaymentId, string? State)
{
    public bool Accepted => Status == 201;
}
