using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using MongoDB.Driver;
using Npgsql;

namespace Cashless.Silo.Storage;

/// <summary>
/// Which store failures mean "the store did not answer" rather than "this request is wrong": a connection PostgreSQL
/// calls transient (refused, reset, shut down, too many clients), SQLite busy, locked, out of I/O or unable to open its
/// file, a socket failure. Nothing was decided by such a write (each commit is one transaction), so the same request
/// may be sent again.
/// </summary>
public static class StoreUnavailable
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteIoError = 10;
    private const int SqliteCannotOpen = 14;

    public static bool Is(Exception exception) => exception switch
    {
        NpgsqlException npgsql => npgsql.IsTransient,
        SqliteException sqlite => (sqlite.SqliteErrorCode & 0xFF) is SqliteBusy or SqliteLocked or SqliteIoError or SqliteCannotOpen,
        MongoConnectionException or SocketException => true,
        _ => false,
    };
}
