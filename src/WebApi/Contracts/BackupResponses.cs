using Cashless.Silo.Backups;

namespace Cashless.WebApi.Contracts;

/// <summary>The answer to POST /admin/backups: the id the backup will be listed under once verified.</summary>
public sealed record BackupStartedResponse(string Id);

/// <summary>A verified backup: its file in Backup:Folder, its size, when it was taken and the conservation totals read from the copy.</summary>
public sealed record BackupResponse(string Id, string FileName, long SizeBytes, DateTimeOffset TakenAt, ConservationCheck Conservation)
{
    public static BackupResponse Of(BackupRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var totals = record.Conservation;
        return new(record.Id, record.FileName, record.SizeBytes, record.TakenAt,
            new ConservationCheck(totals.Expected, totals.Balances, totals.InFlight, totals.Balanced));
    }
}

/// <summary>A backup this server discarded (its copy failed verification or could not be written), with the reason.</summary>
public sealed record FailedBackupResponse(string Id, string Reason);

/// <summary>The verified backups (newest first), those still being written, and those this server discarded since it started.</summary>
public sealed record BackupListResponse(
    IReadOnlyList<BackupResponse> Items, IReadOnlyCollection<string> Running, IReadOnlyList<FailedBackupResponse> Failed);
