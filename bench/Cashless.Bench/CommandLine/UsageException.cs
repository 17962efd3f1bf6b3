namespace Cashless.Bench.CommandLine;

/// <summary>The command line could not be understood; the message says why (empty for --help).</summary>
internal sealed class UsageException(string message) : Exception(message)
{
    public const string Text = """
        usage: dotnet run -c Release --project bench/Cashless.Bench -- <scenario> [options]

        scenarios
          paper        the source paper's experiment: 13 features, --requests (100) each over --window-ms (1000), open loop,
                       after an unmeasured pass of --paper-warmup (10) requests per feature (0: a cold server, as JMeter saw it)
          ramp         open-loop rate from --start-rate (200/s), x --factor (1.5) per step of --step-seconds (10) after
                       --warmup-seconds (2), until success < 100% or p99 > --p99-ms (50); --mix random-payments|
                       hot-merchant|balance-reads over --accounts (1000); at most --max-steps (12)
          lunch-rush   --students (500) paying --merchants (5) at --rate (300/s) for --duration-seconds (30)
          login-storm  payments between --accounts (1000) at --rate (300/s) for a step, then the same with --login-rate
                       (100/s) logins on top; holds when the payments' p99 rises by no more than 20%
          backup       payments between --accounts (1000) at --rate (300/s) for a step, then the same step with an online
                       backup (POST /admin/backups, SQLite) started when its measured seconds begin; prints both steps' p99
                       and how long the backup took (verified and listed)
          soak         the lunch-rush mix at --rate for --duration-seconds (e.g. 600), printing every --sample-seconds (60)
                       the server's RSS and GC heap, grain activations and store size; holds with zero errors
          tpcb         PostgreSQL's own TPC-B first (pgbench -i -s --pgbench-scale (10), then -M prepared -c
                       --pgbench-clients (16) -j --pgbench-threads (2) -T --pgbench-seconds (20)) on the --postgres server,
                       then the ramp on our system; prints pgbench's tps beside our held payments/s as a ratio
                       (--pgbench <path>, default pgbench on PATH)
          audit        the audit alone: refusal probes on fresh accounts, balances, payments, conservation

        every ramp, lunch-rush and soak step prints the server CPU ms per accepted payment (/proc/<pid>/stat) and the
        bytes stored per payment (SQLite page_count x page_size; PostgreSQL pg_database_size)

        target (exactly one)
          --start                      build and start src/WebApi (Release) and an in-process Midtrans emulator
              --no-build --webapi-dll <path> --server-setting Key=Value (repeatable, e.g. PasswordHasher__IterationCount=1000)
              --store sqlite|postgres --postgres "<connection string>"
          --url http://127.0.0.1:5000  a running system; --admin-email, --admin-password (default: the Development admin)
              --store, --cluster-mode  only describe it in the machine facts
              --server-pid <pid>       its process, for CPU and memory; --sqlite-file <path> or --postgres, for its size

        client
          --connections (512) --timeout-seconds (30) --seed (42) --no-idempotency-keys --audit-sample (20000)
          --out <file.json>   (default bench/results/<scenario>-<timestamp>.json)
        """;
}
