using System.Globalization;

namespace Cashless.Bench.Target;

/// <summary>
/// One reading of <c>/proc/&lt;pid&gt;/stat</c>: CPU time (user + system), resident memory, and the parent process.
/// Linux only; the kernel reports CPU in clock ticks of 1/100 s (USER_HZ) and RSS in pages.
/// </summary>
internal sealed record ProcStat(TimeSpan CpuTime, long RssBytes, int ParentPid)
{
    private const double TicksPerSecond = 100;

    // Fields after the process name (which may itself hold spaces and parentheses), counted from 0 = field 3 "state".
    private const int Parent = 1;
    private const int UserTime = 11;
    private const int SystemTime = 12;
    private const int ResidentPages = 21;

    /// <summary>The process's figures now, or null when it is not there (exited, or not on Linux).</summary>
    public static ProcStat? Read(int pid)
    {
        try
        {
            return Parse(File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat"));
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static ProcStat Parse(string stat)
    {
        ArgumentNullException.ThrowIfNull(stat);
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[UserTime], CultureInfo.InvariantCulture) + long.Parse(fields[SystemTime], CultureInfo.InvariantCulture);
        var pages = long.Parse(fields[ResidentPages], CultureInfo.InvariantCulture);
        return new ProcStat(TimeSpan.FromSeconds(ticks / TicksPerSecond), pages * Environment.SystemPageSize,
            int.Parse(fields[Parent], CultureInfo.InvariantCulture));
    }
}
