namespace Cashless.Silo.Storage.Sqlite;

/// <summary>A copy of the store that failed its verification (integrity check or conservation): it must not be kept or restored.</summary>
public sealed class SqliteBackupFailedException(string message) : Exception(message);
