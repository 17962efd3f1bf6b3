namespace Cashless.Silo.Storage;

/// <summary>Thrown inside an adapter's write when a precondition fails; the write is undone and reported as a conflict.</summary>
internal sealed class StoreConflictException(string message) : Exception(message);
