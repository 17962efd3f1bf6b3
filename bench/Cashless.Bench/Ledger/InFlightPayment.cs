using Cashless.Bench.Setup;

namespace Cashless.Bench.Ledger;

/// <summary>A payment answered 201 with status in_flight: the payer is debited, the credit (or a reversal) is still to come.</summary>
internal sealed record InFlightPayment(string Id, Account Payer, string PayeeId, long Amount);
