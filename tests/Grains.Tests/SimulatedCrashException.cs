namespace Cashless.Grains.Tests;

[GenerateSerializer]
public sealed class SimulatedCrashException(string message) : Exception(message);
