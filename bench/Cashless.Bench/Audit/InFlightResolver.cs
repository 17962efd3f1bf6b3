using System.Diagnostics;
using Cashless.Bench.Http;
using Cashless.Bench.Ledger;

namespace Cashless.Bench.Audit;

/// <summary>
/// Waits for payments answered in_flight to finish (the outbox delivers or reverses them within seconds) and books the
/// outcome: completed credits the payee, reversed credits the payer back.
/// </summary>
internal static class InFlightResolver
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    /// <summary>Returns how many are still in flight at the deadline (they stay in the ledger).</summary>
    public static async Task<int> DrainAsync(BenchContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var open = context.Ledger.TakeInFlight();
            var stillOpen = 0;
            foreach (var payment in open)
            {
                if (!await TryBookAsync(context, payment))
                {
                    context.Ledger.InFlight(payment);
                    stillOpen++;
                }
            }

            if (stillOpen == 0 || clock.Elapsed > Deadline)
            {
                return stillOpen;
            }

            await context.Log.WriteLineAsync($"  {stillOpen} payments still in flight...");
            await Task.Delay(TimeSpan.FromSeconds(1), context.Cancel);
        }
    }

    private static async Task<bool> TryBookAsync(BenchContext context, InFlightPayment payment)
    {
        var answer = await context.Http.SendAsync(Api.Payment(payment.Payer.Token, payment.Id), context.Cancel);
        var state = answer.Status == 200 ? answer.Json().GetProperty("status").GetString() : null;
        switch (state)
        {
            case "completed":
                context.Ledger.Move(payment.PayeeId, payment.Amount);
                return true;
            case "reversed":
                context.Ledger.Move(payment.Payer.Id, payment.Amount);
                return true;
            default:
                return false;
        }
    }
}
