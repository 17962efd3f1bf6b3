namespace Cashless.Grains.Interfaces.TopUps;

/// <summary>What the payment gateway says of a charge, reduced to what a top-up needs to know.</summary>
[GenerateSerializer, Alias("Cashless.GatewayState")]
public enum GatewayState
{
    Pending = 0,

    /// <summary>Paid: <c>settlement</c>, or <c>capture</c> with fraud status <c>accept</c>.</summary>
    Paid = 1,
    Expired = 2,
    Cancelled = 3,

    /// <summary><c>deny</c>: refused before payment, or a payment taken back by the bank after settlement.</summary>
    Denied = 4,
    Failed = 5,

    /// <summary>Any other status (refund, chargeback, authorize, capture under review): nothing to do.</summary>
    Other = 6,
}
