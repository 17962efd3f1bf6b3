using Cashless.Silo.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Cashless.WebApi.Auth;

/// <summary>
/// The folder of the embedded database (<c>data/</c> under the content root by default), where Development also keeps
/// its key; with another store, <c>data/</c> under the content root.
/// </summary>
public static class DataFolder
{
    public static string Resolve(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = configuration["Storage:Provider"] ?? "Sqlite";
        if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            var anchored = SqliteDataSource.Anchored(SqliteDataSource.ConnectionString(configuration), contentRoot);
            var file = new SqliteConnectionStringBuilder(anchored).DataSource;
            if (Path.IsPathRooted(file))
            {
                return Path.GetDirectoryName(file)!;
            }
        }

        return Path.Combine(contentRoot, "data");
    }
}
