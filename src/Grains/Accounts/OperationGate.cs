namespace Cashless.Grains.Accounts;

/// <summary>
/// One operation id at a time per account: a repeat that arrives while the first is still deciding or committing waits
/// for it to end, then runs itself, and so finds the first one's entry (and answers with it, or refuses a different
/// body). Without the gate both would pass the look-up for an earlier entry and the store would refuse the second commit
/// only after the account had decided it, costing a reload.
/// </summary>
internal sealed class OperationGate
{
    private readonly Dictionary<string, Task> _running = [];

    public async Task<T> Run<T>(string? operationId, Func<Task<T>> attempt)
    {
        if (operationId is null)
        {
            return await attempt();
        }

        while (_running.TryGetValue(operationId, out var running))
        {
            // Its outcome is its own caller's; this one only waits for it to end.
            await Task.WhenAny(running);
        }

        var mine = attempt();
        _running[operationId] = mine;
        try
        {
            return await mine;
        }
        finally
        {
            _running.Remove(operationId);
        }
    }
}
