namespace Cashless.WebApi.Midtrans;

/// <summary>
/// Spaces calls evenly so that no more than <c>perSecond</c> start in any second; the first goes at once. For one
/// caller at a time (a reconciliation pass walks its top-ups one by one).
/// </summary>
internal sealed class RequestPacer(double perSecond, TimeProvider clock)
{
    private readonly TimeSpan _spacing = TimeSpan.FromSeconds(1 / perSecond);
    private DateTimeOffset? _next;

    public async Task WaitTurnAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_next is { } next && next > now)
        {
            await Task.Delay(next - now, clock, ct);
            now = next;
        }

        _next = now + _spacing;
    }
}
