namespace Cashless.Grains.TopUps;

/// <summary>
/// The store refused a top-up's change because another activation moved the record first; nothing of it was written
/// and the grain has reloaded the record, so the same request sent again is decided against what the store holds.
/// </summary>
[GenerateSerializer, Alias("Cashless.TopUpConflictException")]
public sealed class TopUpConflictException(string topUpId)
    : Exception($"top-up {topUpId} changed under its grain; it has reloaded");
