namespace Cashless.Grains.Interfaces.Till;

/// <summary>
/// One payment request, keyed by its id (<c>pr_…</c>). Calls are not interleaved: two payers are served one after the
/// other, and the first one's payment has its answer (paid, or refused and the request open again) before the second
/// one is looked at, so a request is paid at most once.
/// </summary>
[Alias("Cashless.IPaymentRequestGrain")]
public interface IPaymentRequestGrain : IGrainWithStringKey
{
    [Alias("Create")]
    Task<PaymentRequestRecord> Create(NewPaymentRequest request);

    [Alias("Read")]
    Task<PaymentRequestRecord?> Read();

    /// <summary>Pays the request from <paramref name="payerId"/>'s wallet with the ordinary payment (same limits, same outbox).</summary>
    [Alias("Pay")]
    Task<PaymentRequestResult> Pay(string payerId);

    /// <summary>Closes an open request of <paramref name="sellerId"/>; cancelling a cancelled one answers it again.</summary>
    [Alias("Cancel")]
    Task<PaymentRequestResult> Cancel(string sellerId);
}
