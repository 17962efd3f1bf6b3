namespace Cashless.Silo.Storage;

/// <summary>
/// A test hook of the store writers: while paused, a writer starts no new batch, so writes queue up behind it (the
/// backpressure and batching tests use it). Never paused in production.
/// </summary>
internal sealed class WriterPause
{
    private volatile TaskCompletionSource _running = Running();

    /// <summary>Completes while the writer may run; waits while it is paused.</summary>
    public Task WhileRunning => _running.Task;

    public void Pause()
    {
        if (_running.Task.IsCompleted)
        {
            _running = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void Resume() => _running.TrySetResult();

    private static TaskCompletionSource Running()
    {
        var running = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        running.SetResult();
        return running;
    }
}
