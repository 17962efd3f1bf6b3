namespace Cashless.Cluster.Tests.Infrastructure;

/// <summary>
/// The decided answer to one keyed payment: 201 (with the payment's id and status) or a refusal. Indefinite answers
/// (a 5xx, a 409 "in progress", a dropped connection) are never recorded: the request is sent again with its key.
/// </summary>
/// <remarks>
/// <see cref="LostEarlier"/>: the answer came as a replay after an attempt that got no answer, so a node ran that
/// attempt to its end and its answer never reached the client (as when a stopping node drops a request it took).
/// </remarks>
public sealed record PaymentAnswer(string Key, Wallet Buyer, Wallet Seller, long Amount, int Status, string? PaymentId, string? State)
{
    public bool Accepted => Status == 201;

    public bool LostEarlier { get; init; }
}
