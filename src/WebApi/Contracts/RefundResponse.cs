using Cashless.Grains.Interfaces.Accounts;

namespace Cashless.WebApi.Contracts;

/// <summary>
/// A refund: its own payment (<see cref="Id"/>, from the seller to the payer of <see cref="PaymentId"/>),
/// <see cref="Refunded"/> the total given back of that payment so far, and the seller's balance after it.
/// </summary>
public sealed record RefundResponse(
    string Id,
    string PaymentId,
    PaymentState Status,
    long Amount,
    string To,
    string? Description,
    long Refunded,
    long BalanceAfter,
    DateTime CreatedAt);
