using Cashless.Bench.Http;
using Cashless.Bench.Ledger;

namespace Cashless.Bench.Load;

/// <summary>One request of a burst: the operation it is counted under, the call, and its money meaning (if any).</summary>
internal sealed record PlannedCall(string Operation, ApiCall Call, MoneyRequest? Money = null)
{
    public static PlannedCall Of(string operation, MoneyRequest money)
    {
        ArgumentNullException.ThrowIfNull(money);
        return new PlannedCall(operation, money.Call, money);
    }
}
