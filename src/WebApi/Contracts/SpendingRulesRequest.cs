using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.WebApi.Json;

namespace Cashless.WebApi.Contracts;

/// <summary>
/// A student's spending rules, replaced whole: each field a whole number of rupiah from 1 to Limits:MaxBalance, or
/// null or absent for no such rule.
/// </summary>
public sealed record SpendingRulesRequest(long? DailyLimit, long? PaymentLimit, long? LowBalanceThreshold, long? AlertPaymentsOver)
    : IJsonRequest<SpendingRulesRequest>
{
    public static SpendingRulesRequest Read(JsonRequestReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new SpendingRulesRequest(Optional(reader, "dailyLimit"), Optional(reader, "paymentLimit"), Optional(reader, "lowBalanceThreshold"),
            Optional(reader, "alertPaymentsOver"));
    }

    public WalletRules ToRules() => new(Amount(DailyLimit), Amount(PaymentLimit), Amount(LowBalanceThreshold), Amount(AlertPaymentsOver));

    private static long? Optional(JsonRequestReader reader, string field) =>
        reader.Has(field) ? reader.RequiredAmount(field, 1, reader.Limits.MaxBalance) : null;

    private static Money? Amount(long? rupiah) => rupiah is { } value ? new Money(value) : null;
}
