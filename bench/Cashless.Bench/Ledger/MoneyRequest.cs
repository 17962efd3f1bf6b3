using Cashless.Bench.Http;

namespace Cashless.Bench.Ledger;

/// <summary>A call that may move money, and what each decided answer to it means for the expected balances.</summary>
internal abstract record MoneyRequest(ApiCall Call)
{
    /// <summary>The wallets whose balance becomes unknown if the answer never comes and cannot be asked again.</summary>
    public abstract IEnumerable<string> Accounts { get; }

    /// <summary>Book a decided answer (2xx: the effect; 4xx: none).</summary>
    public abstract void Apply(ExpectedLedger ledger, CallResult answer);
}
