namespace Cashless.WebApi.Midtrans;

/// <summary>
/// One reconciliation pass: how many pending top-ups were checked, how many had moved on at the gateway (a status was
/// applied), and how many could not be checked or applied (the next pass retries them).
/// </summary>
public sealed record ReconcileSummary(int Checked, int Applied, int Unavailable);
