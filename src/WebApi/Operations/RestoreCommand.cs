using Cashless.Silo.Hosting;
using Cashless.Silo.Storage;
using Cashless.Silo.Storage.Sqlite;

namespace Cashless.WebApi.Operations;

/// <summary>
/// <c>Cashless.WebApi restore &lt;backup-file&gt; [configuration options]</c>: puts a verified backup in place of the
/// configured SQLite store while no server runs on it, instead of starting the server. Reads the same configuration
/// as the server (appsettings, environment, command line), so it restores to the file the server would open.
/// </summary>
public static class RestoreCommand
{
    public const string Name = "restore";

    public const int Restored = 0;
    public const int Refused = 1;
    public const int Usage = 2;

    public static bool Matches(string[] args) => args is [Name, ..];

    /// <summary>Runs the command from the executable's arguments and says the outcome on <paramref name="output"/>.</summary>
    public static int Run(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        if (args is not [Name, var file, .. var rest] || file.StartsWith('-'))
        {
            output.WriteLine("Usage: Cashless.WebApi restore <backup-file> [--ConnectionStrings:Sqlite=\"Data Source=...\"]");
            return Usage;
        }

        // The server's own content root and the file it would open there (a relative data source is taken from it).
        var builder = WebApplication.CreateBuilder(ContentRoot.Options(rest));
        var anchored = SqliteDataSource.Anchored(SqliteDataSource.ConnectionString(builder.Configuration), builder.Environment.ContentRootPath);
        builder.Configuration.AddInMemoryCollection([new(SqliteDataSource.ConfigurationKey, anchored)]);
        return Run(builder.Configuration, file, output);
    }

    public static int Run(IConfiguration configuration, string backupFile, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(output);
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        if (storage.Provider != StorageProvider.Sqlite)
        {
            output.WriteLine($"Refused: restore works on the SQLite store only; Storage:Provider is {storage.Provider} (see the README for its own tools).");
            return Usage;
        }

        var result = SqliteRestore.Run(SqliteDataSource.ConnectionString(configuration), backupFile, TimeProvider.System);
        output.WriteLine(result.Message);
        if (result.Conservation is { } totals)
        {
            output.WriteLine($"Verified: integrity ok; balances {totals.Balances} + in flight {totals.InFlight} = expected {totals.Expected}.");
        }

        return result.Restored ? Restored : Refused;
    }
}
