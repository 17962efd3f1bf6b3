namespace Cashless.Bench.Target;

/// <summary>The system under test: where it answers, how to sign in as its admin, and what it runs on.</summary>
internal sealed class BenchTarget : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _owned = [];
    private string? _dataFolder;

    public required Uri BaseAddress { get; init; }
    public required string AdminEmail { get; init; }
    public required string AdminPassword { get; init; }
    public required string Store { get; init; }
    public required string ClusterMode { get; init; }

    /// <summary>"started" (this tool runs it) or "attached" (given by --url).</summary>
    public required string Mode { get; init; }

    /// <summary>The server's process id: the one this tool started, or --server-pid (for CPU and memory from /proc).</summary>
    public int? ServerPid { get; private set; }

    /// <summary>The SQLite database file (started, or --sqlite-file), for the bytes stored per payment.</summary>
    public string? SqliteFile { get; init; }

    /// <summary>The PostgreSQL connection string (--postgres), for the bytes stored per payment and the TPC-B baseline.</summary>
    public string? Postgres { get; init; }

    /// <summary>The postmaster of a PostgreSQL store on this machine, for the store's CPU per payment.</summary>
    public int? StorePid { get; private set; }

    /// <summary>Sets the postmaster found by <see cref="PostgresServerCpu.FindPostmasterAsync"/>.</summary>
    public BenchTarget WithStorePid(int? pid)
    {
        StorePid = pid;
        return this;
    }

    /// <summary>Sets the process an attached target runs in (--server-pid).</summary>
    public BenchTarget WithServerPid(int? pid)
    {
        ServerPid = pid;
        return this;
    }

    public ServerProcess? Server { get; private set; }
    public EmulatorHost? Emulator { get; private set; }

    public void Own(ServerProcess server, EmulatorHost emulator, string dataFolder)
    {
        Server = server;
        ServerPid = server.Pid;
        Emulator = emulator;
        _dataFolder = dataFolder;
        _owned.Add(server);
        _owned.Add(emulator);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var owned in _owned)
        {
            await owned.DisposeAsync();
        }

        if (_dataFolder is not null && Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }
}
