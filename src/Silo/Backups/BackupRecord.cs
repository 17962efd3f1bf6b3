using Cashless.Grains.Ledger;

namespace Cashless.Silo.Backups;

/// <summary>
/// A backup that was written and verified: its file, and the conservation totals read from the copy itself (the
/// state of the store at the backup's moment, balanced, or the backup would have been discarded).
/// </summary>
public sealed record BackupRecord(string Id, string FileName, long SizeBytes, DateTimeOffset TakenAt, ConservationTotals Conservation);
