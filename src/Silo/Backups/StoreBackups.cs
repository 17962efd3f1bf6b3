using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Cashless.Silo.Storage.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cashless.Silo.Backups;

/// <summary>
/// Online backups of the SQLite store into <see cref="BackupOptions.Folder"/>, one at a time: each is copied with the
/// backup API to a partial file, verified (integrity and conservation), then renamed to <c>&lt;id&gt;.db</c> with a
/// <c>&lt;id&gt;.json</c> record beside it; a copy that fails verification is deleted. Other stores have no backups
/// here (<see cref="Supported"/> is false): they have their own tools.
/// </summary>
public sealed partial class StoreBackups(
    string? sqliteConnectionString, IOptions<BackupOptions> options, TimeProvider clock, ILogger<StoreBackups> logger)
{
    private const string RecordExtension = ".json";
    private const string DatabaseExtension = ".db";

    private readonly Lock _oneAtATime = new();
    private readonly ConcurrentDictionary<string, byte> _running = new();
    private readonly ConcurrentDictionary<string, string> _failed = new();

    public bool Supported => sqliteConnectionString is not null;

    public string Folder => Path.GetFullPath(options.Value.Folder);

    /// <summary>Backups asked for and not finished yet.</summary>
    public IReadOnlyCollection<string> Running => _running.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>Backups of this process that were discarded, with the reason.</summary>
    public IReadOnlyDictionary<string, string> Failed => _failed;

    /// <summary>Starts a backup in the background and returns its id at once.</summary>
    public string Start()
    {
        var id = NewId();
        _running[id] = 0;
        _ = Task.Run(() => TakeAsync(id));
        return id;
    }

    /// <summary>Takes a backup now (after any that is running); null when it failed (logged, and listed in <see cref="Failed"/>).</summary>
    public Task<BackupRecord?> TakeAsync() => TakeAsync(NewId());

    /// <summary>The verified backups in the folder, newest first.</summary>
    public IReadOnlyList<BackupRecord> List()
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(Folder, "*" + RecordExtension)
            .Select(file => JsonSerializer.Deserialize<BackupRecord>(File.ReadAllText(file), JsonSerializerOptions.Web)!)
            .Where(record => File.Exists(Path.Combine(Folder, record.FileName)))
            .OrderByDescending(record => record.TakenAt)
            .ToList();
    }

    private async Task<BackupRecord?> TakeAsync(string id)
    {
        _running[id] = 0;
        try
        {
            var record = await Task.Run(() =>
            {
                lock (_oneAtATime)
                {
                    var written = Write(id);
                    Prune();
                    return written;
                }
            });
            LogTaken(id, record.SizeBytes, record.Conservation.Balances);
            return record;
        }
        catch (Exception e) when (e is SqliteBackupFailedException or IOException or Microsoft.Data.Sqlite.SqliteException)
        {
            _failed[id] = e.Message;
            LogFailed(e, id);
            return null;
        }
        finally
        {
            _running.TryRemove(id, out _);
        }
    }

    private BackupRecord Write(string id)
    {
        var connectionString = sqliteConnectionString
            ?? throw new InvalidOperationException("Online backups are only available for the SQLite store.");
        Directory.CreateDirectory(Folder);
        var takenAt = clock.GetUtcNow();
        var partial = Path.Combine(Folder, id + ".partial");
        var final = Path.Combine(Folder, id + DatabaseExtension);
        try
        {
            SqliteBackup.Copy(connectionString, partial);
            var totals = SqliteBackup.Verify(partial);
            File.Move(partial, final);
            var record = new BackupRecord(id, Path.GetFileName(final), new FileInfo(final).Length, takenAt, totals);
            var recordFile = Path.Combine(Folder, id + RecordExtension);
            File.WriteAllText(recordFile + ".partial", JsonSerializer.Serialize(record, JsonSerializerOptions.Web));
            File.Move(recordFile + ".partial", recordFile);
            return record;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>Keeps the newest <see cref="BackupOptions.Keep"/> verified backups.</summary>
    private void Prune()
    {
        foreach (var old in List().Skip(Math.Max(1, options.Value.Keep)))
        {
            File.Delete(Path.Combine(Folder, old.Id + RecordExtension));
            File.Delete(Path.Combine(Folder, old.FileName));
        }
    }

    /// <summary>Sorts by time; the suffix tells apart two backups asked for in the same millisecond.</summary>
    private string NewId() =>
        "cashless-" + clock.GetUtcNow().ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture)
        + "-" + Guid.NewGuid().ToString("N")[..6];

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup {Id} written and verified: {Size} bytes, balances {Balances}")]
    private partial void LogTaken(string id, long size, long balances);

    [LoggerMessage(Level = LogLevel.Error, Message = "Backup {Id} failed and was discarded")]
    private partial void LogFailed(Exception exception, string id);
}
