using System.Net;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

/// <summary>Guesses in parallel, from one address and from many: what is judged, what is refused, who is kept out.</summary>
[Collection(SharedApi.Name)]
public sealed class PasswordGuessingTests(ApiFixture app)
{
    [Fact]
    public async Task Login_FortyParallelWrongPasswords_AtMostFiveAreJudgedTheRestAre429()
    {
        var user = await app.CreateUserAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            using var response = await app.Anonymous().PostAsync("/api/v1/auth/login",
                Api.Json(new { email = user.Email, password = $"Wrong-Password-{i}" }));
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await response.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
                Assert.True(response.Headers.RetryAfter is not null, "429 without Retry-After");
            }

            return response.StatusCode;
        }));

        var judged = answers.Count(status => status == HttpStatusCode.Unauthorized);
        Assert.InRange(judged, 1, 5);
        Assert.Equal(40 - judged, answers.Count(status => status == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task Login_GuessesFromAnotherAddress_DoNotLockTheOwnerOut()
    {
        var user = await app.CreateUserAsync();
        for (var i = 0; i < 8; i++)
        {
            using var guess = await LoginFrom("203.0.113.7", user.Email, "Wrong-Password");
            Assert.Contains(guess.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests });
        }

        using var attacker = await LoginFrom("203.0.113.7", user.Email, user.Password);
        await attacker.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        using var owner = await LoginFrom("198.51.100.20", user.Email, user.Password);
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
    }

    private Task<HttpResponseMessage> LoginFrom(string address, string email, string password)
    {
        var request = Api.Post("/api/v1/auth/login", Api.Json(new { email, password }));
        request.Headers.Add(ClientAddressStartupFilter.Header, address);
        return app.Anonymous().SendAsync(request);
    }
}
