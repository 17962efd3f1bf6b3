using Cashless.WebApi.Json;
using Cashless.WebApi.Midtrans;

namespace Cashless.WebApi.Contracts;

/// <summary>Top up <see cref="Amount"/> rupiah by paying a virtual account at <see cref="Bank"/> (bca, bni, bri, cimb, permata, mandiri).</summary>
public sealed record VirtualAccountTopUpRequest(long Amount, string Bank) : IJsonRequest<VirtualAccountTopUpRequest>
{
    public static VirtualAccountTopUpRequest Read(JsonRequestReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new VirtualAccountTopUpRequest(
            reader.RequiredAmount("amount", reader.Limits.SmallestTopUp, reader.Limits.MaxTransactionAmount),
            reader.RequiredOneOf("bank", MidtransChargeBody.Banks));
    }
}
