using Cashless.Grains.Interfaces.Idempotency;
using Cashless.Grains.Ledger;
using Cashless.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Cashless.Grains.Tests;

[Collection(ClusterTestGroup.Name)]
public sealed class RetentionTests(ClusterFixture fixture)
{
    private static readonly IdempotentResponse Answer = new(201, "application/json", "{}"u8.ToArray(), null);

    [Fact]
    public async Task PurgeOnce_DeletesAnswersPastTheirRetentionAndRevokedTokensPastTheirExpiry()
    {
        var now = fixture.Clock.GetUtcNow();
        var user = $"usr_{Guid.CreateVersion7():N}";
        await fixture.Store.SaveIdempotencyAsync(new IdempotencyRecord($"{user}/old", "h", Answer, now - TimeSpan.FromHours(25)));
        await fixture.Store.SaveIdempotencyAsync(new IdempotencyRecord($"{user}/kept", "h", Answer, now - TimeSpan.FromHours(23)));
        await fixture.Store.RevokeTokenAsync(user, $"{user}-gone", now - TimeSpan.FromMinutes(6));
        await fixture.Store.RevokeTokenAsync(user, $"{user}-recent", now - TimeSpan.FromMinutes(4));
        await fixture.Store.RevokeTokenAsync(user, $"{user}-live", now + TimeSpan.FromHours(1));

        var (answers, tokens) = await fixture.SiloServices.GetRequiredService<RetentionService>().PurgeOnce(CancellationToken.None);

        Assert.True(answers >= 1 && tokens >= 1, $"{answers} answers, {tokens} tokens");
        Assert.Null(await fixture.Store.GetIdempotencyAsync($"{user}/old"));
        Assert.NotNull(await fixture.Store.GetIdempotencyAsync($"{user}/kept"));
        var session = await fixture.Store.LoadSessionAsync(user, now - TimeSpan.FromHours(1));
        Assert.Equal([$"{user}-live", $"{user}-recent"], session.RevokedTokens.Keys.Order(StringComparer.Ordinal));
    }
}
