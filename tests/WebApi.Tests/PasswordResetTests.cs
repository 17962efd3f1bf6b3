using System.Net;
using Cashless.WebApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Cashless.WebApi.Tests;

/// <summary>An admin-issued one-time code: it locks the old password and sessions at once, works once, and expires.</summary>
[Collection(SharedApi.Name)]
public sealed class PasswordResetTests(ApiFixture app)
{
    [Fact]
    public async Task ResetCode_LocksTheOldPasswordAndSessions_ThenSetsTheNewPasswordOnce()
    {
        var user = await app.CreateUserAsync();

        var code = await IssueAsync(user.Id);

        using var oldLogin = await app.Anonymous().PostAsync("/api/v1/auth/login", Api.Json(new { email = user.Email, password = user.Password }));
        await oldLogin.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
        using var oldToken = await user.Client.GetAsync("/api/v1/wallet");
        await oldToken.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_token");

        using var wrong = await ResetAsync(user.Email, "AAAA-BBBB-CCCC", "Teh-Hangat-Sore");
        await wrong.AssertValidationAsync("code");
        using var weak = await ResetAsync(user.Email, code, "password123");
        await weak.AssertValidationAsync("newPassword");
        using var reset = await ResetAsync(user.Email.ToUpperInvariant(), code.ToLowerInvariant(), "Teh-Hangat-Sore");
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);

        await app.LoginAsync(user.Email, "Teh-Hangat-Sore");
        using var again = await ResetAsync(user.Email, code, "Teh-Hangat-Malam");
        await again.AssertValidationAsync("code");
    }

    [Fact]
    public async Task ResetCode_FiveWrongCodes_VoidTheRightOne()
    {
        var user = await app.CreateUserAsync();
        var code = await IssueAsync(user.Id);
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await ResetAsync(user.Email, $"WRNG-CODE-000{i + 2}", "Teh-Hangat-Sore");
            await wrong.AssertValidationAsync("code");
        }

        using var right = await ResetAsync(user.Email, code, "Teh-Hangat-Sore");
        await right.AssertValidationAsync("code");
    }

    [Fact]
    public async Task ResetCode_UnknownEmailOrByNonAdmin_IsRefused()
    {
        using var unknown = await ResetAsync(Api.NewEmail(), "AAAA-BBBB-CCCC", "Teh-Hangat-Sore");
        await unknown.AssertValidationAsync("code");
        var buyer = await app.CreateUserAsync();
        using var byBuyer = await buyer.Client.PostAsync($"/api/v1/admin/users/{buyer.Id}/password-reset", null);
        await byBuyer.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        using var missing = await app.Admin.Client.PostAsync("/api/v1/admin/users/usr_nobody/password-reset", null);
        await missing.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task ResetCode_AfterItsLifetime_IsRefused()
    {
        var clock = new TestClock();
        await using var factory = new CashlessApiFactory { TestServices = services => services.AddSingleton<TimeProvider>(clock) };
        using var client = factory.CreateClient();
        using var login = await client.PostAsync("/api/v1/auth/login", Api.Json(new { email = factory.AdminEmail, password = factory.AdminPassword }));
        client.UseToken((await login.ReadJsonAsync()).GetProperty("token").GetString()!);
        var email = Api.NewEmail();
        using var created = await client.PostAsync("/api/v1/admin/users",
            Api.Json(new { name = "Murid", email, password = "Kopi-Susu-Pagi", role = "buyer" }));
        var userId = (await created.ReadJsonAsync()).GetProperty("id").GetString();
        using var issued = await client.PostAsync($"/api/v1/admin/users/{userId}/password-reset", null);
        var code = (await issued.ReadJsonAsync()).GetProperty("code").GetString();

        clock.JumpTo(DateTimeOffset.UtcNow.AddHours(1).AddMinutes(1));
        using var late = await client.PostAsync("/api/v1/auth/password/reset", Api.Json(new { email, code, newPassword = "Teh-Hangat-Sore" }));

        await late.AssertValidationAsync("code");
    }

    private async Task<string> IssueAsync(string userId)
    {
        using var response = await app.Admin.Client.PostAsync($"/api/v1/admin/users/{userId}/password-reset", null);
        var body = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(body.GetProperty("expiresAt").ReadTime() > DateTimeOffset.UtcNow.AddMinutes(30));
        return body.GetProperty("code").GetString()!;
    }

    private Task<HttpResponseMessage> ResetAsync(string email, string code, string newPassword) =>
        app.Anonymous().PostAsync("/api/v1/auth/password/reset", Api.Json(new { email, code, newPassword }));
}
