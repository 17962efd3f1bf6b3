namespace Cashless.Silo.Storage;

/// <summary>Which adapter of the store port runs ("Storage:Provider") and how much its writer may hold.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public const int DefaultMaxQueuedWrites = 10_000;

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// "Storage:MaxQueuedWrites": the writes the store writer (SQLite, PostgreSQL) may hold before new payments and
    /// withdrawals are refused with 503 <c>overloaded</c>; writes of operations already under way may take it to twice
    /// this, past which every write is refused.
    /// </summary>
    public int MaxQueuedWrites { get; set; } = DefaultMaxQueuedWrites;
}
