namespace Cashless.Grains.Ledger;

/// <summary>Newest first; <see cref="Before"/> is the opaque cursor of the previous page.</summary>
public sealed record PageRequest(int Limit, string? Before);
