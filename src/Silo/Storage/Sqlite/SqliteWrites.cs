using Microsoft.Data.Sqlite;

namespace Cashless.Silo.Storage.Sqlite;

/// <summary>Runs the shared write statements on the writer's connection, one by one, through its kept commands.</summary>
internal static class SqliteWrites
{
    /// <summary>Runs <paramref name="statements"/> in order; a conditional one that misses its row throws <see cref="StoreConflictException"/>.</summary>
    public static void Run(SqliteConnection connection, IEnumerable<WriteStatement> statements)
    {
        foreach (var (statement, refusedUnlessOneRow) in statements)
        {
            var touched = SqliteStatements.Bound(connection, statement.Sql, SqliteConnections.Parameters(statement)).ExecuteNonQuery();
            if (refusedUnlessOneRow is not null && touched != 1)
            {
                throw new StoreConflictException(refusedUnlessOneRow);
            }
        }
    }
}
