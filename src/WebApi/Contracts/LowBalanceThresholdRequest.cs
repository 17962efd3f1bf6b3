using Cashless.WebApi.Json;

namespace Cashless.WebApi.Contracts;

/// <summary>A student's own low-balance threshold: whole rupiah from 1 to Limits:MaxBalance, or null or absent for none.</summary>
public sealed record LowBalanceThresholdRequest(long? Threshold) : IJsonRequest<LowBalanceThresholdRequest>
{
    public static LowBalanceThresholdRequest Read(JsonRequestReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new LowBalanceThresholdRequest(reader.Has("threshold") ? reader.RequiredAmount("threshold", 1, reader.Limits.MaxBalance) : null);
    }
}
