using System.Globalization;

namespace Cashless.Bench.Load;

/// <summary>
/// What an accepted payment cost over a whole step (warm-up included): the server process's CPU time and the bytes the
/// store grew by, each divided by the payments answered 2xx. Null where the tool could not see the server or the store.
/// </summary>
internal sealed record StepCost(long AcceptedPayments, double? ServerCpuMsPerPayment, double? BytesPerPayment)
{
    public static StepCost Of(long acceptedPayments, TimeSpan? serverCpu, long? storeBefore, long? storeAfter) => new(
        acceptedPayments,
        acceptedPayments > 0 && serverCpu is { } cpu ? cpu.TotalMilliseconds / acceptedPayments : null,
        acceptedPayments > 0 && storeBefore is { } before && storeAfter is { } after ? (double)(after - before) / acceptedPayments : null);

    public string CpuText => ServerCpuMsPerPayment is { } ms ? ms.ToString("F3", CultureInfo.InvariantCulture) : "n/a";

    public string BytesText => BytesPerPayment is { } bytes ? bytes.ToString("N0", CultureInfo.InvariantCulture) : "n/a";

    /// <summary>The line printed after every step.</summary>
    public string Describe() =>
        $"server CPU {CpuText} ms per accepted payment, {BytesText} bytes stored per payment ({AcceptedPayments} accepted)";
}
