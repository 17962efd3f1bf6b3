using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Cashless.Silo.Storage.Sqlite;

/// <summary>
/// The embedded database's file. A relative path in <c>ConnectionStrings:Sqlite</c> (the default is
/// <c>data/cashless.db</c>) is taken from the content root, like the settings, so the data does not move with the
/// working directory of whoever started the process.
/// </summary>
public static class SqliteDataSource
{
    public const string ConfigurationKey = "ConnectionStrings:Sqlite";
    public const string Default = "Data Source=data/cashless.db";

    /// <summary>The configured connection string of the embedded store, or the default one.</summary>
    public static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString("Sqlite") ?? Default;

    public static string Anchored(string connectionString, string folder)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var file = builder.DataSource;
        if (file.Length == 0 || file == ":memory:" || builder.Mode == SqliteOpenMode.Memory
            || file.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || Path.IsPathRooted(file))
        {
            return connectionString;
        }

        builder.DataSource = Path.GetFullPath(file, folder);
        return builder.ToString();
    }
}
