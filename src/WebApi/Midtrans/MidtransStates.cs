using Cashless.Grains.Interfaces.TopUps;

namespace Cashless.WebApi.Midtrans;

/// <summary>Reduces Midtrans' transaction_status (and fraud_status) to what a top-up acts on.</summary>
public static class MidtransStates
{
    public static GatewayState From(MidtransTransaction transaction) => transaction.TransactionStatus switch
    {
        "settlement" => GatewayState.Paid,

        // capture is the card success state; only with fraud "accept" is it money (a VA never captures).
        "capture" when transaction.FraudStatus is null or "accept" => GatewayState.Paid,
        "pending" => GatewayState.Pending,
        "expire" => GatewayState.Expired,
        "cancel" => GatewayState.Cancelled,
        "deny" => GatewayState.Denied,
        "failure" => GatewayState.Failed,
        _ => GatewayState.Other,
    };
}
