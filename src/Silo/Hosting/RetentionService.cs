using Cashless.Grains.Idempotency;
using Cashless.Grains.Ledger;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cashless.Silo.Hosting;

/// <summary>
/// Deletes idempotency answers past <see cref="IdempotencyOptions.Retention"/> and revoked tokens past their expiry
/// (plus <see cref="RetentionOptions.RevokedTokenGrace"/>), a batch at a time so no write waits long behind it. Every
/// silo runs the timer; one pass per interval runs for the whole cluster (<see cref="ClusterJob"/>).
/// </summary>
public sealed partial class RetentionService(
    IIdempotencyStore answers,
    ISessionStore sessions,
    IGrainFactory grains,
    TimeProvider clock,
    IOptions<RetentionOptions> options,
    IOptions<IdempotencyOptions> idempotency,
    ILogger<RetentionService> logger) : BackgroundService
{
    public const string JobName = "retention";
    private const int BatchSize = 1_000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.Interval;
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                // A pass may take up to its interval; one that runs longer is stopped and the next one goes on.
                await ClusterJob.RunIfOurTurnAsync(grains, JobName, interval, lease: interval, async ct =>
                {
                    var (idempotency, tokens) = await PurgeOnce(ct);
                    LogPass(logger, idempotency, tokens);
                }, stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                LogPassFailed(logger, failure);
            }
        }
    }

    /// <summary>One pass: everything past its retention now; how many answers and revoked tokens went.</summary>
    public async Task<(int Idempotency, int RevokedTokens)> PurgeOnce(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var idempotencyBefore = now - idempotency.Value.Retention;
        var tokensBefore = now - options.Value.RevokedTokenGrace;
        var purgedAnswers = await InBatches(limit => answers.DeleteIdempotencyBeforeAsync(idempotencyBefore, limit, ct), ct);
        var purgedTokens = await InBatches(limit => sessions.DeleteRevokedTokensExpiredBeforeAsync(tokensBefore, limit, ct), ct);
        return (purgedAnswers, purgedTokens);
    }

    private static async Task<int> InBatches(Func<int, Task<int>> deleteBatch, CancellationToken ct)
    {
        var total = 0;
        int deleted;
        do
        {
            ct.ThrowIfCancellationRequested();
            deleted = await deleteBatch(BatchSize);
            total += deleted;
        }
        while (deleted == BatchSize);

        return total;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention pass: {Answers} idempotency answers and {Tokens} revoked tokens deleted")]
    private static partial void LogPass(ILogger logger, int answers, int tokens);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention pass failed; it runs again at the next interval")]
    private static partial void LogPassFailed(ILogger logger, Exception failure);
}
