using Cashless.Grains.Interfaces.TopUps;

namespace Cashless.WebApi.Midtrans;

/// <summary>
/// How a charge ended: issued (with what the customer pays to), refused by the gateway (nothing exists there), or
/// unknown (no answer, and the status API could not tell either; the top-up stays pending for reconciliation).
/// </summary>
public sealed record ChargeOutcome(ChargeResult Result, VirtualAccountDetails? Issued, string? Reason)
{
    public static ChargeOutcome IssuedAs(VirtualAccountDetails issued) => new(ChargeResult.Issued, issued, null);

    public static ChargeOutcome RefusedFor(string reason) => new(ChargeResult.Refused, null, reason);

    public static ChargeOutcome UnknownFor(string reason) => new(ChargeResult.Unknown, null, reason);
}
