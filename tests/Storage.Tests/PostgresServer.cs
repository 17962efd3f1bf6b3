using Cashless.TestMachine;
using Npgsql;
using Xunit;
using Xunit.Abstractions;

namespace Cashless.Storage.Tests;

/// <summary>
/// The PostgreSQL the tests run on: the server named by <see cref="EnvironmentVariable"/> when it is set (CI starts
/// one with .ci/start-postgres.sh), otherwise a throwaway cluster started here from the machine's binaries. Without
/// either, the tests that ask for a database are skipped, or fail under CI (<see cref="MachinePackage"/>).
/// </summary>
public sealed class PostgresServer(IMessageSink diagnostics) : IAsyncLifetime
{
    public const string EnvironmentVariable = "CASHLESS_TEST_POSTGRES";

    private PostgresLocalCluster? _local;
    private NpgsqlDataSource? _admin;
    private string _connectionString = "";

    public static bool IsConfigured => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(EnvironmentVariable));

    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!IsConfigured)
        {
            if (!MachinePackage.PostgreSql.IsInstalled)
            {
                MachinePackage.PostgreSql.Announce(diagnostics);
                return; // Admin says so to each test that asks.
            }

            _local = await PostgresLocalCluster.StartAsync();
        }

        _connectionString = _local?.ConnectionString ?? configured!;
        _admin = NpgsqlDataSource.Create(_connectionString);
        try
        {
            await using var probe = _admin.CreateCommand("SELECT 1");
            await probe.ExecuteScalarAsync();
        }
        catch (Exception failure) when (failure is NpgsqlException or TimeoutException)
        {
            var where = new NpgsqlConnectionStringBuilder(_connectionString);
            var source = _local is null ? EnvironmentVariable : "the throwaway cluster";
            throw new InvalidOperationException(
                $"PostgreSQL at {where.Host}:{where.Port} (from {source}) does not answer: {failure.Message}", failure);
        }
    }

    /// <summary>A new, empty database with a random name; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"cashless_test_{Guid.NewGuid():N}";
        await using (var create = Admin.CreateCommand($"CREATE DATABASE \"{name}\""))
        {
            await create.ExecuteNonQueryAsync();
        }

        // The data source's own ConnectionString leaves the password out, so build on the one it was given.
        return new NpgsqlConnectionStringBuilder(_connectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing whatever still holds it.</summary>
    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var drop = Admin.CreateCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        await drop.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        if (_admin is not null)
        {
            await _admin.DisposeAsync();
        }

        if (_local is not null)
        {
            await _local.DisposeAsync();
        }
    }

    /// <summary>Skips the running test (fails it under CI) when there is no server because there are no binaries.</summary>
    public void Require()
    {
        if (_admin is null)
        {
            MachinePackage.PostgreSql.Require();
        }
    }

    private NpgsqlDataSource Admin
    {
        get
        {
            Require();
            return _admin ?? throw new InvalidOperationException("the server is not initialized");
        }
    }
}
