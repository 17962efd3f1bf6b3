namespace Cashless.MidtransEmulator.Control;

/// <summary>Why a control request was refused.</summary>
public sealed record ControlError(string Error);
