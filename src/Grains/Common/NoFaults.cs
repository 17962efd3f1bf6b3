namespace Cashless.Grains.Common;

public sealed class NoFaults : IFaultInjector
{
    public ValueTask AtStep(string stepName, string operationId) => ValueTask.CompletedTask;
}
