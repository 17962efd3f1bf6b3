namespace Cashless.Grains.Common;

/// <summary>
/// Lets tests crash a multi-step operation between its steps. Production uses <see cref="NoFaults"/>.
/// </summary>
public interface IFaultInjector
{
    /// <summary>Called at a named step of an operation; throwing here simulates a crash at that point.</summary>
    ValueTask AtStep(string stepName, string operationId);
}
