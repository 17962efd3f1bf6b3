using System.Globalization;

namespace Cashless.Bench.CommandLine;

/// <summary>Reads <c>&lt;scenario&gt; [--option value | --flag]...</c>; a bad line is a <see cref="UsageException"/>.</summary>
internal static class OptionsParser
{
    public static readonly string[] Scenarios = ["paper", "ramp", "lunch-rush", "login-storm", "backup", "soak", "tpcb", "audit"];
    public static readonly string[] Mixes = ["random-payments", "hot-merchant", "balance-reads"];

    private static readonly Dictionary<string, Func<BenchOptions, BenchOptions>> Flags = new(StringComparer.Ordinal)
    {
        ["--start"] = o => o with { Start = true },
        ["--no-build"] = o => o with { NoBuild = true },
        ["--no-idempotency-keys"] = o => o with { IdempotencyKeys = false },
    };

    private static readonly Dictionary<string, Func<BenchOptions, string, BenchOptions>> Values = new(StringComparer.Ordinal)
    {
        ["--url"] = (o, v) => o with { Url = new Uri(v.EndsWith('/') ? v : v + "/", UriKind.Absolute) },
        ["--webapi-dll"] = (o, v) => o with { WebApiDll = v },
        ["--server-setting"] = (o, v) => o with { ServerSettings = [.. o.ServerSettings, Setting(v)] },
        ["--admin-email"] = (o, v) => o with { AdminEmail = v },
        ["--admin-password"] = (o, v) => o with { AdminPassword = v },
        ["--store"] = (o, v) => o with { Store = OneOf(v, "sqlite", "postgres") },
        ["--postgres"] = (o, v) => o with { Postgres = v },
        ["--cluster-mode"] = (o, v) => o with { ClusterMode = v },
        ["--server-pid"] = (o, v) => o with { ServerPid = Positive(v) },
        ["--sqlite-file"] = (o, v) => o with { SqliteFile = v },
        ["--sample-seconds"] = (o, v) => o with { SampleSeconds = Positive(v) },
        ["--pgbench"] = (o, v) => o with { Pgbench = v },
        ["--pgbench-scale"] = (o, v) => o with { PgbenchScale = Positive(v) },
        ["--pgbench-clients"] = (o, v) => o with { PgbenchClients = Positive(v) },
        ["--pgbench-threads"] = (o, v) => o with { PgbenchThreads = Positive(v) },
        ["--pgbench-seconds"] = (o, v) => o with { PgbenchSeconds = Positive(v) },
        ["--requests"] = (o, v) => o with { Requests = Positive(v) },
        ["--window-ms"] = (o, v) => o with { WindowMs = Positive(v) },
        ["--paper-warmup"] = (o, v) => o with { PaperWarmup = NonNegative(v) },
        ["--start-rate"] = (o, v) => o with { StartRate = PositiveReal(v) },
        ["--factor"] = (o, v) => o with { Factor = PositiveReal(v) },
        ["--step-seconds"] = (o, v) => o with { StepSeconds = Positive(v) },
        ["--warmup-seconds"] = (o, v) => o with { WarmupSeconds = NonNegative(v) },
        ["--p99-ms"] = (o, v) => o with { P99Ms = PositiveReal(v) },
        ["--max-steps"] = (o, v) => o with { MaxSteps = Positive(v) },
        ["--mix"] = (o, v) => o with { Mix = OneOf(v, Mixes) },
        ["--accounts"] = (o, v) => o with { Accounts = Positive(v) },
        ["--students"] = (o, v) => o with { Students = Positive(v) },
        ["--merchants"] = (o, v) => o with { Merchants = Positive(v) },
        ["--rate"] = (o, v) => o with { Rate = PositiveReal(v) },
        ["--login-rate"] = (o, v) => o with { LoginRate = PositiveReal(v) },
        ["--duration-seconds"] = (o, v) => o with { DurationSeconds = Positive(v) },
        ["--connections"] = (o, v) => o with { Connections = Positive(v) },
        ["--timeout-seconds"] = (o, v) => o with { TimeoutSeconds = Positive(v) },
        ["--seed"] = (o, v) => o with { Seed = NonNegative(v) },
        ["--audit-sample"] = (o, v) => o with { AuditSample = Positive(v) },
        ["--out"] = (o, v) => o with { Out = v },
    };

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0 || args[0] is "-h" or "--help")
        {
            throw new UsageException("");
        }

        var options = new BenchOptions { Scenario = OneOf(args[0], Scenarios) };
        for (var i = 1; i < args.Count; i++)
        {
            options = Apply(options, args, ref i);
        }

        return Validate(options);
    }

    private static BenchOptions Apply(BenchOptions options, IReadOnlyList<string> args, ref int i)
    {
        var name = args[i];
        if (Flags.TryGetValue(name, out var flag))
        {
            return flag(options);
        }

        if (!Values.TryGetValue(name, out var set))
        {
            throw new UsageException($"unknown option {name}");
        }

        if (++i >= args.Count)
        {
            throw new UsageException($"{name} needs a value");
        }

        try
        {
            return set(options, args[i]);
        }
        catch (FormatException e)
        {
            throw new UsageException($"{name} {args[i]}: {e.Message}");
        }
    }

    private static BenchOptions Validate(BenchOptions options)
    {
        if (options.Start == (options.Url is not null))
        {
            throw new UsageException("give exactly one target: --start (the tool starts the WebApi) or --url <running API>");
        }

        if (options.Store == "postgres" && options.Start && string.IsNullOrWhiteSpace(options.Postgres))
        {
            throw new UsageException("--store postgres with --start needs --postgres \"<connection string>\"");
        }

        if (options.Scenario == "tpcb" && (options.Store != "postgres" || string.IsNullOrWhiteSpace(options.Postgres)))
        {
            throw new UsageException("tpcb needs --store postgres and --postgres \"<connection string>\" (pgbench runs against that server)");
        }

        return options.Factor <= 1 ? throw new UsageException("--factor must be above 1") : options;
    }

    private static KeyValuePair<string, string> Setting(string value)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        return equals > 0
            ? new KeyValuePair<string, string>(value[..equals], value[(equals + 1)..])
            : throw new FormatException("expected Key=Value");
    }

    private static string OneOf(string value, params string[] allowed) =>
        allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new UsageException($"'{value}' is not one of: {string.Join(", ", allowed)}");

    private static int Positive(string value) =>
        NonNegative(value) is var n and > 0 ? n : throw new FormatException("must be above 0");

    private static int NonNegative(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new FormatException("not a whole number");

    private static double PositiveReal(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && x > 0
            ? x
            : throw new FormatException("must be a number above 0");
}
