using Cashless.Bench.Http;
using Cashless.Bench.Setup;

namespace Cashless.Bench.Ledger;

/// <summary>POST /withdrawals: 201 holds the money at once (status pending), so the wallet is debited.</summary>
internal sealed record WithdrawalRequest(ApiCall Call, Account Owner, long Amount) : MoneyRequest(Call)
{
    public override IEnumerable<string> Accounts => [Owner.Id];

    public override void Apply(ExpectedLedger ledger, CallResult answer)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.IsSuccess)
        {
            ledger.Move(Owner.Id, -Amount);
        }
    }
}
