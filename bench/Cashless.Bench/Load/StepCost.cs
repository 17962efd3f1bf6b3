using System.Globalization;

namespace Cashless.Bench.Load;

/// <summary>
/// What an accepted payment cost over a whole step (warm-up included): the server process's CPU time, a PostgreSQL
/// store's CPU time (when it runs on this machine) and the bytes the store grew by, each divided by the payments
/// answered 2xx. Null where the tool could not see the server or the store.
/// </summary>
internal sealed record StepCost(long AcceptedPayments, double? ServerCpuMsPerPayment, double? StoreCpuMsPerPayment, double? BytesPerPayment)
{
    public static StepCost Of(long acceptedPayments, CpuSplit cpu, long? storeBefore, long? storeAfter)
    {
        ArgumentNullException.ThrowIfNull(cpu);
        return new StepCost(
            acceptedPayments,
            PerPayment(cpu.ServerCpu?.TotalMilliseconds, acceptedPayments),
            PerPayment(cpu.StoreCpu?.TotalMilliseconds, acceptedPayments),
            PerPayment(storeAfter - storeBefore, acceptedPayments));
    }

    public string CpuText => Text(ServerCpuMsPerPayment, "F3");

    public string StoreCpuText => Text(StoreCpuMsPerPayment, "F3");

    public string BytesText => Text(BytesPerPayment, "N0");

    /// <summary>The line printed after every step.</summary>
    public string Describe() =>
        $"server CPU {CpuText} ms per accepted payment, store CPU {StoreCpuText} ms, {BytesText} bytes stored per payment ({AcceptedPayments} accepted)";

    private static double? PerPayment(double? total, long acceptedPayments) => acceptedPayments > 0 ? total / acceptedPayments : null;

    private static string Text(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? "n/a";
}
