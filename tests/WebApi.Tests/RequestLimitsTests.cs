using System.Net;
using Cashless.WebApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Cashless.WebApi.Tests;

/// <summary>Per-address request limits and the bounded hashing queue, each on an application configured for it.</summary>
public sealed class RequestLimitsTests
{
    [Fact]
    public async Task Login_ThreeHundredUnknownEmailsFromOneAddress_Are429AfterTheLimitWithRetryAfter()
    {
        await using var factory = new CashlessApiFactory(new Dictionary<string, string> { ["RateLimits:Login:PermitLimit"] = "20" });
        using var client = factory.CreateClient();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 300; i++)
        {
            using var response = await client.PostAsync("/api/v1/auth/login",
                Api.Json(new { email = Api.NewEmail("nobody"), password = "Some-Password-1" }));
            answers.Add(response.StatusCode);
            if (i == 299)
            {
                await response.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
                var retryAfter = response.Headers.RetryAfter?.Delta;
                Assert.NotNull(retryAfter);
                Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
            }
        }

        Assert.Equal(20, answers.Count(status => status == HttpStatusCode.Unauthorized));
        Assert.Equal(280, answers.Count(status => status == HttpStatusCode.TooManyRequests));

        // Another address has its own window.
        var request = Api.Post("/api/v1/auth/login", Api.Json(new { email = factory.AdminEmail, password = factory.AdminPassword }));
        request.Headers.Add(ClientAddressStartupFilter.Header, "198.51.100.30");
        using var other = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Register_BeyondTheLimit_Is429BeforeAnyAccountIsMade()
    {
        await using var factory = new CashlessApiFactory(new Dictionary<string, string> { ["RateLimits:Register:PermitLimit"] = "3" });
        using var client = factory.CreateClient();
        var answers = new List<HttpStatusCode>();
        var emails = Enumerable.Range(0, 5).Select(_ => Api.NewEmail()).ToList();
        foreach (var email in emails)
        {
            using var response = await client.PostAsync("/api/v1/auth/register",
                Api.Json(new { name = "Murid", email, password = "Kopi-Susu-Pagi" }));
            answers.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created,
            HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], answers);
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Cashless.Grains.Ledger.IUserStore>();
        Assert.Null(await users.FindUserByEmailAsync(emails[4]));
    }

    [Fact]
    public async Task Register_HashingQueueFull_Is503OverloadedAndNothingIsMade()
    {
        await using var factory = new CashlessApiFactory(new Dictionary<string, string>
        {
            ["PasswordHashing:QueueLimit"] = "1",
            ["PasswordHasher:IterationCount"] = "3000000", // a second or so per hash on this machine: the queue fills
        });
        using var client = factory.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            using var response = await client.PostAsync("/api/v1/auth/register",
                Api.Json(new { name = "Murid", email = $"queue-{i}-{Guid.NewGuid():N}@example.test", password = "Kopi-Susu-Pagi" }));
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "overloaded");
                Assert.NotNull(response.Headers.RetryAfter);
            }

            return response.StatusCode;
        }));

        Assert.Contains(HttpStatusCode.ServiceUnavailable, answers);
        Assert.All(answers, status => Assert.Contains(status, new[] { HttpStatusCode.Created, HttpStatusCode.ServiceUnavailable }));
    }
}
