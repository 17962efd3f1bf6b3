using System.Collections.Concurrent;
using Cashless.Grains.Common;

namespace Cashless.Grains.Tests;

/// <summary>A fault injector a test arms for one operation id: the step then throws once, as a crash would.</summary>
public sealed class ArmedFaults : IFaultInjector
{
    private readonly ConcurrentDictionary<(string Step, string OperationId), bool> _armed = new();

    public void Arm(string step, string operationId) => _armed[(step, operationId)] = true;

    public ValueTask AtStep(string stepName, string operationId) =>
        _armed.TryRemove((stepName, operationId), out _)
            ? throw new SimulatedCrashException($"simulated crash at {stepName} of {operationId}")
            : ValueTask.CompletedTask;
}
