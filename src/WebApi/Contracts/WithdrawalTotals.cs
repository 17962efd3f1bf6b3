namespace Cashless.WebApi.Contracts;

/// <summary>Rupiah of withdrawals that are pending (held, not paid out yet) and completed (paid out).</summary>
public sealed record WithdrawalTotals(long Pending, long Completed);
