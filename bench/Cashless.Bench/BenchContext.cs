using Cashless.Bench.CommandLine;
using Cashless.Bench.Http;
using Cashless.Bench.Ledger;
using Cashless.Bench.Setup;
using Cashless.Bench.Target;

namespace Cashless.Bench;

/// <summary>What every scenario and the audit share during one run.</summary>
internal sealed class BenchContext
{
    public required BenchOptions Options { get; init; }
    public required BenchTarget Target { get; init; }
    public required BenchHttp Http { get; init; }
    public required ExpectedLedger Ledger { get; init; }
    public required IdempotencyKeys Keys { get; init; }
    public required TextWriter Log { get; init; }

    /// <summary>Short random id in every e-mail and key of this run, so runs against one database never collide.</summary>
    public required string RunId { get; init; }

    public required string AdminToken { get; init; }
    public WalletLimits Limits { get; set; } = WalletLimits.Default;
    public CancellationToken Cancel { get; init; }

    /// <summary>A client with a cold connection pool, as a fresh JMeter run would have.</summary>
    public BenchHttp NewHttp() => Create(Target, Options);

    public static BenchHttp Create(BenchTarget target, BenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        return new BenchHttp(target.BaseAddress, options.Connections, TimeSpan.FromSeconds(options.TimeoutSeconds));
    }
}
