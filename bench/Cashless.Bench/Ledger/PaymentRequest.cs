using System.Text.Json;
using Cashless.Bench.Http;
using Cashless.Bench.Setup;

namespace Cashless.Bench.Ledger;

/// <summary>POST /payments: 201 debits the payer and, when completed, credits the payee; in_flight waits for the audit.</summary>
internal sealed record PaymentRequest(ApiCall Call, Account Payer, string PayeeId, long Amount) : MoneyRequest(Call)
{
    public override IEnumerable<string> Accounts => [Payer.Id, PayeeId];

    public override void Apply(ExpectedLedger ledger, CallResult answer)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(answer);
        var body = TryJson(answer);
        if (!answer.IsSuccess)
        {
            // A refusal after the debit was reversed at once; the payment exists and must say so.
            if (answer.Status >= 400 && body?.TryGetProperty("paymentId", out var reversed) == true)
            {
                ledger.Reversed(reversed.GetString()!, Payer);
            }

            return;
        }

        ledger.Move(Payer.Id, -Amount);
        if (body is not { } payment || !payment.TryGetProperty("id", out var id) || !payment.TryGetProperty("status", out var status))
        {
            // The 201 still says the payment was accepted; book it as completed so the balances keep being checked.
            ledger.Malformed(this, answer, "a 201 payment without id and status");
            ledger.Move(PayeeId, Amount);
            return;
        }

        ledger.Created(new CreatedRecord("payment", id.GetString()!, Api.Payment(Payer.Token, id.GetString()!)));
        if (status.GetString() == "completed")
        {
            ledger.Move(PayeeId, Amount);
        }
        else
        {
            ledger.InFlight(new InFlightPayment(id.GetString()!, Payer, PayeeId, Amount));
        }
    }

    private static JsonElement? TryJson(CallResult answer)
    {
        try
        {
            return answer.Body.Length > 0 && answer.Json() is { ValueKind: JsonValueKind.Object } json ? json : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
