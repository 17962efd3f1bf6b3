namespace Cashless.Silo.Backups;

/// <summary>
/// Scheduled online backups of the SQLite store ("Backup"): off unless <see cref="Interval"/> is set. Backups an
/// admin asks for (POST /admin/backups) go to the same <see cref="Folder"/> and count towards <see cref="Keep"/>.
/// </summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>Time between scheduled backups; none when unset.</summary>
    public TimeSpan? Interval { get; set; }

    /// <summary>Where backups are written (relative paths are from the working directory).</summary>
    public string Folder { get; set; } = "data/backups";

    /// <summary>How many verified backups are kept; older ones are deleted after a new one is verified.</summary>
    public int Keep { get; set; } = 7;
}
