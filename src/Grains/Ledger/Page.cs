namespace Cashless.Grains.Ledger;

public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
