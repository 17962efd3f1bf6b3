using System.Data.Common;

namespace Cashless.WebApi.Auth;

/// <summary>The folder of the embedded database (<c>data/</c> by default), where Development also keeps its key.</summary>
public static class DataFolder
{
    public const string DefaultSqlite = "Data Source=data/cashless.db";

    public static string Resolve(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = configuration["Storage:Provider"] ?? "Sqlite";
        if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            var builder = new DbConnectionStringBuilder
            {
                ConnectionString = configuration.GetConnectionString("Sqlite") ?? DefaultSqlite,
            };
            foreach (var key in (string[])["Data Source", "DataSource", "Filename"])
            {
                if (builder.TryGetValue(key, out var value) && value is string file && file.Length > 0
                    && !file.Equals(":memory:", StringComparison.Ordinal))
                {
                    return Path.GetDirectoryName(Path.GetFullPath(file))!;
                }
            }
        }

        return Path.GetFullPath("data");
    }
}
