using System.Collections.Concurrent;
using Orleans;

namespace Cashless.WebApi.Tests.Infrastructure;

/// <summary>
/// A grain call filter of the test silo that makes one grain method fail as if its silo, the network or the store had
/// let it down: the armed exception is thrown before the call runs or, with <c>afterRun</c>, after it ran (the
/// effect is committed but its answer is lost, as when a silo dies between the commit and the reply).
/// </summary>
public sealed class GrainFaults : IIncomingGrainCallFilter
{
    private readonly ConcurrentDictionary<string, Fault> _armed = new();

    public void Arm(string method, Func<Exception> failure, int times = int.MaxValue, bool afterRun = false) =>
        _armed[method] = new Fault(failure, afterRun) { Remaining = times };

    public void Disarm(string method) => _armed.TryRemove(method, out _);

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = $"{context.InterfaceMethod?.DeclaringType?.Name}.{context.MethodName}";
        var fault = _armed.TryGetValue(name, out var armed) && Interlocked.Decrement(ref armed.Remaining) >= 0 ? armed : null;
        if (fault is { AfterRun: false })
        {
            throw fault.Failure();
        }

        await context.Invoke();
        if (fault is not null)
        {
            throw fault.Failure();
        }
    }

    private sealed record Fault(Func<Exception> Failure, bool AfterRun)
    {
        public int Remaining;
    }
}
