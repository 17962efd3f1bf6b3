namespace Cashless.MidtransEmulator.Faults;

/// <summary>How a Core API endpoint misbehaves while a fault is set.</summary>
public enum FaultMode
{
    /// <summary>Answer normally.</summary>
    Ok,

    /// <summary>HTTP 500 with a Midtrans error body.</summary>
    Http500,

    /// <summary>HTTP 200 whose body says status_code 500: clients must read the body, not just the HTTP status.</summary>
    Body500,

    /// <summary>Do the work, then wait <see cref="FaultSettings.DelayMs"/> before answering.</summary>
    Timeout,
}
