namespace Cashless.Grains.Ledger;

/// <summary>
/// The store's writer holds as many writes as it may (Storage:MaxQueuedWrites): the write was refused at once and
/// nothing of it was done. The caller may retry a moment later; the web tier answers 503 <c>overloaded</c>.
/// </summary>
[GenerateSerializer, Alias("Cashless.StoreOverloadedException")]
public sealed class StoreOverloadedException : Exception
{
    public StoreOverloadedException()
        : base("The store's writer is full; retry shortly.")
    {
    }

    public StoreOverloadedException(string message)
        : base(message)
    {
    }

    public StoreOverloadedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
