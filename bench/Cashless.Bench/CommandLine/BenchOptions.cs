namespace Cashless.Bench.CommandLine;

/// <summary>Everything the command line can set; defaults are the experiment (100 requests per feature in 1 s).</summary>
internal sealed record BenchOptions
{
    public const string DevAdminEmail = "admin@cashless.local";
    public const string DevAdminPassword = "ChangeMe-Admin-1";

    public required string Scenario { get; init; }

    // Target
    public Uri? Url { get; init; }
    public bool Start { get; init; }
    public bool NoBuild { get; init; }
    public string? WebApiDll { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>> ServerSettings { get; init; } = [];
    public string AdminEmail { get; init; } = DevAdminEmail;
    public string AdminPassword { get; init; } = DevAdminPassword;
    public string Store { get; init; } = "sqlite";
    public string? Postgres { get; init; }
    public string ClusterMode { get; init; } = "Localhost";
    public int? ServerPid { get; init; }
    public string? SqliteFile { get; init; }

    // Load shape
    public int Requests { get; init; } = 100;
    public int WindowMs { get; init; } = 1000;
    public int PaperWarmup { get; init; } = 10;
    public double StartRate { get; init; } = 200;
    public double Factor { get; init; } = 1.5;
    public int StepSeconds { get; init; } = 10;
    public int WarmupSeconds { get; init; } = 2;
    public double P99Ms { get; init; } = 50;
    public int MaxSteps { get; init; } = 12;
    public string Mix { get; init; } = "random-payments";
    public int Accounts { get; init; } = 1000;
    public int Students { get; init; } = 500;
    public int Merchants { get; init; } = 5;
    public double Rate { get; init; } = 300;
    public int DurationSeconds { get; init; } = 30;
    public double LoginRate { get; init; } = 100;
    public int SampleSeconds { get; init; } = 60;

    // TPC-B baseline (PostgreSQL's own pgbench against the same server)
    public string Pgbench { get; init; } = "pgbench";
    public int PgbenchScale { get; init; } = 10;
    public int PgbenchClients { get; init; } = 16;
    public int PgbenchThreads { get; init; } = 2;
    public int PgbenchSeconds { get; init; } = 20;

    // Client behaviour and output
    public int Connections { get; init; } = 512;
    public int TimeoutSeconds { get; init; } = 30;
    public int Seed { get; init; } = 42;
    public bool IdempotencyKeys { get; init; } = true;
    public int AuditSample { get; init; } = 20_000;
    public string? Out { get; init; }
}
