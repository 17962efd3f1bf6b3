namespace Cashless.WebApi.Contracts;

/// <summary>Completed payments: how many, and how much they moved.</summary>
public sealed record PaymentTotals(long Count, long Volume);
