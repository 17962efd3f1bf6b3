namespace Cashless.Grains.Common;

/// <summary>Something that must never happen happened; the operation stops and nothing more is written.</summary>
[GenerateSerializer, Alias("Cashless.InvariantViolationException")]
public sealed class InvariantViolationException(string message) : Exception(message);
