using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Cashless.WebApi.Auth;

/// <summary>
/// Threads of their own for password hashes, at the lowest CPU priority the OS offers (nice 19 on Linux): a login storm
/// then uses the CPU that payments leave idle instead of competing with them for it. The queue in front of them is
/// bounded: when it is full, new work is refused at once (<see cref="HashingQueueFullException"/>) rather than making
/// every honest login wait minutes behind a flood, and work whose caller has gone by its turn is dropped unrun.
/// </summary>
public sealed partial class HashingThreads : IDisposable
{
    private const int LowestNice = 19;
    private readonly BlockingCollection<Action> _work;

    public HashingThreads(int count, int queueLimit)
    {
        _work = new BlockingCollection<Action>(queueLimit);
        for (var i = 0; i < count; i++)
        {
            new Thread(Run) { IsBackground = true, Name = $"password-hashing-{i}" }.Start();
        }
    }

    public Task<T> RunAsync<T>(Func<T> work, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var answer = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var queued = _work.TryAdd(() =>
        {
            if (ct.IsCancellationRequested)
            {
                answer.TrySetCanceled(ct);
                return;
            }

            try
            {
                answer.TrySetResult(work());
            }
            catch (Exception failure)
            {
                answer.TrySetException(failure);
            }
        });
        return queued ? answer.Task : throw new HashingQueueFullException();
    }

    public void Dispose() => _work.CompleteAdding();

    private void Run()
    {
        LowerThisThread();
        foreach (var work in _work.GetConsumingEnumerable())
        {
            work();
        }
    }

    private static void LowerThisThread()
    {
        if (OperatingSystem.IsLinux())
        {
            // On Linux a nice value belongs to the thread (its kernel id), not to the whole process.
            _ = SetPriority(0, GetThreadId(), LowestNice);
        }
        else
        {
            Thread.CurrentThread.Priority = ThreadPriority.Lowest;
        }
    }

    [LibraryImport("libc", EntryPoint = "setpriority")]
    private static partial int SetPriority(int which, int who, int priority);

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int GetThreadId();
}
