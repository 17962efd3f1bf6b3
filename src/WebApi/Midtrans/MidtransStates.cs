using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.TopUps;

namespace Cashless.WebApi.Midtrans;

/// <summary>Reduces Midtrans' transaction_status (and fraud_status) to what a top-up acts on.</summary>
public static class MidtransStates
{
    /// <summary>
    /// An amount no top-up has (every top-up is at least 1 rupiah): reported when the gateway's amount cannot be read
    /// exactly, or when two of its answers disagree, so that a payment is flagged instead of credited.
    /// </summary>
    public static readonly Money Unmatchable = Money.Zero;

    public static GatewayState From(MidtransTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        return transaction.TransactionStatus switch
        {
            "settlement" => GatewayState.Paid,

            // capture is the card success state; only with fraud "accept" (or none given) is it money. A VA never captures.
            "capture" when transaction.FraudStatus is null or "accept" => GatewayState.Paid,
            "pending" => GatewayState.Pending,
            "expire" => GatewayState.Expired,
            "cancel" => GatewayState.Cancelled,
            "deny" => GatewayState.Denied,
            "failure" => GatewayState.Failed,
            _ => GatewayState.Other,
        };
    }

    /// <summary>
    /// The report for <paramref name="transaction"/>. Its gross_amount must parse exactly and agree with every amount in
    /// <paramref name="alsoAnnounced"/> (the notification's, when the status API was asked); otherwise the report carries
    /// <see cref="Unmatchable"/>.
    /// </summary>
    public static GatewayReport Report(MidtransTransaction transaction, params string?[] alsoAnnounced)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(alsoAnnounced);
        var agreed = MidtransAmount.TryParse(transaction.GrossAmount, out var amount)
            && alsoAnnounced.All(other => MidtransAmount.TryParse(other, out var announced) && announced == amount);
        return new GatewayReport(From(transaction), agreed ? amount : Unmatchable, transaction.TransactionStatus ?? "(none)");
    }
}
