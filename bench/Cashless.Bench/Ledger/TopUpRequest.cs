using System.Text.Json;
using Cashless.Bench.Http;
using Cashless.Bench.Setup;

namespace Cashless.Bench.Ledger;

/// <summary>
/// Any top-up request. <see cref="CreditsAtOnce"/> (the admin's cash desk) credits the wallet on 201; a VA or
/// bank-transfer charge moves no money until paid or approved, but its top-up must exist afterwards.
/// </summary>
internal sealed record TopUpRequest(ApiCall Call, Account Owner, long Amount, bool CreditsAtOnce) : MoneyRequest(Call)
{
    public override IEnumerable<string> Accounts => [Owner.Id];

    public override void Apply(ExpectedLedger ledger, CallResult answer)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(answer);
        if (!answer.IsSuccess)
        {
            return;
        }

        if (CreditsAtOnce)
        {
            ledger.Move(Owner.Id, Amount);
        }

        if (answer.Body.Length == 0 || answer.Json() is not { ValueKind: JsonValueKind.Object } topUp
            || !topUp.TryGetProperty("id", out var id))
        {
            ledger.Malformed(this, answer, "a 201 top-up without id");
            return;
        }

        ledger.Created(new CreatedRecord("top-up", id.GetString()!, Api.TopUp(Owner.Token, id.GetString()!)));
    }
}
