using System.Collections.Concurrent;
using System.Diagnostics;

namespace Cashless.Cluster.Tests.Infrastructure;

/// <summary>
/// Keyed payments from buyers to sellers, spread round-robin over front silos by a few concurrent workers, until
/// stopped. A request without a decided answer is sent again with the same Idempotency-Key (on the next front), so
/// that every payment ends with exactly one decided answer and the expected balances are exact.
/// </summary>
public sealed class PaymentLoad(IReadOnlyList<ApiClient> fronts, IReadOnlyList<Wallet> buyers, IReadOnlyList<Wallet> sellers, long amount)
{
    private static readonly TimeSpan DecideDeadline = TimeSpan.FromSeconds(90);

    private readonly ConcurrentQueue<PaymentAnswer> _answers = new();
    private readonly ConcurrentQueue<TimeSpan> _indefinite = new();
    private readonly ConcurrentQueue<UndecidedAnswer> _undecided = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _next = -1;

    public IReadOnlyCollection<PaymentAnswer> Answers => _answers;

    /// <summary>When (on <see cref="Now"/>'s clock) each indefinite answer came, to measure how long the cluster did not answer.</summary>
    public IReadOnlyCollection<TimeSpan> IndefiniteAt => _indefinite;

    public TimeSpan Now => _clock.Elapsed;

    /// <summary>Every answer that did not decide its payment (a 5xx or a 409 "in progress"), as the client saw it.</summary>
    public IReadOnlyCollection<UndecidedAnswer> Undecided => _undecided;

    /// <summary>Runs <paramref name="workers"/> senders until <paramref name="stop"/>; each finishes its payment in hand.</summary>
    public Task RunAsync(int workers, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(() => WorkAsync(stop), CancellationToken.None)));

    /// <summary>Runs until <paramref name="count"/> more payments are decided.</summary>
    public async Task RunCountAsync(int workers, int count)
    {
        using var stop = new CancellationTokenSource();
        var target = _answers.Count + count;
        var load = RunAsync(workers, stop.Token);
        await Eventually.True(() => Task.FromResult(_answers.Count >= target), DecideDeadline, $"{count} payments decided");
        await stop.CancelAsync();
        await load;
    }

    /// <summary>Until <paramref name="count"/> more payments are decided by a load already running.</summary>
    public async Task AnswersGrowBy(int count)
    {
        var target = _answers.Count + count;
        await Eventually.True(() => Task.FromResult(_answers.Count >= target), TimeSpan.FromSeconds(60), $"{count} more payments decided");
    }

    private async Task WorkAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var i = Interlocked.Increment(ref _next);
            _answers.Enqueue(await PayUntilDecided(buyers[i % buyers.Count], sellers[i % sellers.Count], i));
        }
    }

    private async Task<PaymentAnswer> PayUntilDecided(Wallet buyer, Wallet seller, int i)
    {
        var key = $"load-{Guid.NewGuid():N}";
        var started = _clock.Elapsed;
        var lostAttempt = false;
        for (var attempt = 0; _clock.Elapsed - started < DecideDeadline; attempt++)
        {
            var api = fronts[(i + attempt) % fronts.Count];
            try
            {
                var (response, body) = await api.SendRaw(HttpMethod.Post, "api/v1/payments", buyer.Token, new { to = seller.Id, amount }, key);
                using (response)
                {
                    var status = (int)response.StatusCode;
                    if (status is not (>= 500 or 409))
                    {
                        var replayed = response.Headers.TryGetValues("Idempotent-Replayed", out var values) && values.Contains("true");
                        return new PaymentAnswer(key, buyer, seller, amount, status, body?["id"]?.GetValue<string>(), body?["status"]?.GetValue<string>())
                        {
                            LostEarlier = replayed && lostAttempt,
                        };
                    }

                    _undecided.Enqueue(new UndecidedAnswer(api.Name, status, body?["code"]?.GetValue<string>(), response.Headers.RetryAfter?.Delta));
                }
            }
            catch (Exception lost) when (lost is HttpRequestException or TaskCanceledException)
            {
                // No answer (the node went away, or the call waited on a silo that died): the key makes a resend safe.
                lostAttempt = true;
            }

            _indefinite.Enqueue(_clock.Elapsed);
            await Task.Delay(200);
        }

        throw new TimeoutException($"payment {key} of {buyer.Id} was not decided within {DecideDeadline.TotalSeconds} s");
    }
}
