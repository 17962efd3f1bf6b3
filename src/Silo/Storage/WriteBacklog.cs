using Cashless.Grains.Ledger;

namespace Cashless.Silo.Storage;

/// <summary>
/// The writes a store writer holds (queued, or in the batch being written) against its bound, Storage:MaxQueuedWrites.
/// A new money operation is admitted only below the bound (<see cref="HasRoom"/>, asked by the grains before they
/// decide anything). The writes of operations already under way (a payee's credit, a reversal, the outbox) may take
/// the backlog up to twice the bound; past that every write is refused at once with
/// <see cref="StoreOverloadedException"/>, so the queue never grows without end.
/// </summary>
internal sealed class WriteBacklog(int bound)
{
    private int _held;

    public int Held => Volatile.Read(ref _held);

    public bool HasRoom => Held < bound;

    /// <summary>Counts one more write, or throws <see cref="StoreOverloadedException"/> when there is no room even for it.</summary>
    public void Admit()
    {
        if (Interlocked.Increment(ref _held) > 2L * bound)
        {
            Release(1);
            throw new StoreOverloadedException();
        }
    }

    /// <summary>Writes the writer has answered (committed, refused or failed), or that never reached its queue.</summary>
    public void Release(int writes) => Interlocked.Add(ref _held, -writes);
}
