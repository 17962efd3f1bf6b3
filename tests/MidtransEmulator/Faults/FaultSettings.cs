using System.Text.Json.Serialization;

namespace Cashless.MidtransEmulator.Faults;

/// <summary>The faults in force; they last until replaced or reset with <c>DELETE /_emulator/faults</c>.</summary>
public sealed record FaultSettings
{
    public static FaultSettings None { get; } = new();

    public FaultMode Charge { get; init; } = FaultMode.Ok;

    public FaultMode Status { get; init; } = FaultMode.Ok;

    [JsonPropertyName("delayMs")]
    public int DelayMs { get; init; } = 30_000;
}
