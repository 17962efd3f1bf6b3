using System.Net;
using Cashless.Grains.Ledger;
using Cashless.WebApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Tests;

/// <summary>Weak new passwords are refused wherever one is chosen; the hash cost of production and its upgrade at login.</summary>
[Collection(SharedApi.Name)]
public sealed class PasswordStrengthTests(ApiFixture app)
{
    [Theory]
    [InlineData("password123")]
    [InlineData("Budi-Santoso-1")]
    public async Task Register_WeakPassword_Returns400OnPassword(string password)
    {
        var email = Api.NewEmail();
        using var response = await app.Anonymous().PostAsync("/api/v1/auth/register",
            Api.Json(new { name = "Budi Santoso", email, password }));

        await response.AssertValidationAsync("password");
        Assert.Null(await app.Store.FindUserByEmailAsync(email));
    }

    [Fact]
    public async Task Register_PasswordIsTheEmail_Returns400()
    {
        var email = Api.NewEmail();
        using var response = await app.Anonymous().PostAsync("/api/v1/auth/register",
            Api.Json(new { name = "Budi", email, password = email.ToUpperInvariant() }));

        await response.AssertValidationAsync("password");
    }

    [Fact]
    public async Task CreateUser_CommonPassword_Returns400()
    {
        using var response = await app.Admin.Client.PostAsync("/api/v1/admin/users",
            Api.Json(new { name = "Kantin", email = Api.NewEmail(), password = "qwerty123", role = "seller" }));

        await response.AssertValidationAsync("password");
    }

    [Fact]
    public async Task ChangePassword_ToOneContainingTheName_Returns400AndTheOldOneStillWorks()
    {
        var user = await app.CreateUserAsync("buyer", "Wulan Sari");

        using var response = await user.Client.PostAsync("/api/v1/auth/password",
            Api.Json(new { currentPassword = user.Password, newPassword = "wulansari-2026" }));

        await response.AssertValidationAsync("newPassword");
        await app.LoginAsync(user.Email, user.Password);
    }

    [Fact]
    public void Production_HashesWithAtLeastIdentitysDefaultCost()
    {
        var root = app.Factory.Services.GetRequiredService<IWebHostEnvironment>().ContentRootPath;
        var shipped = new ConfigurationBuilder().SetBasePath(root).AddJsonFile("appsettings.json").Build();

        Assert.True(shipped.GetValue<int>("PasswordHasher:IterationCount") >= 100_000);
        Assert.True(new PasswordHasherOptions().IterationCount >= 100_000, "the default when the key is absent");
    }

    [Fact]
    public async Task Login_HashOfFewerIterations_IsUpgradedToTheConfiguredCount()
    {
        var user = await app.CreateUserAsync();
        var configured = app.Factory.Services.GetRequiredService<IOptions<PasswordHasherOptions>>().Value.IterationCount;
        var cheap = new PasswordHasher<object>(Options.Create(new PasswordHasherOptions { IterationCount = configured / 2 }));
        await app.Store.UpdatePasswordHashAsync(user.Id, cheap.HashPassword(new object(), user.Password));
        Assert.Equal(configured / 2, IterationsOf((await app.Store.GetUserAsync(user.Id))!));

        await app.LoginAsync(user.Email, user.Password);

        Assert.Equal(configured, IterationsOf((await app.Store.GetUserAsync(user.Id))!));
        await app.LoginAsync(user.Email, user.Password);
    }

    /// <summary>Identity's v3 format: a marker byte, the PRF (4 bytes), then the iteration count, big-endian.</summary>
    private static int IterationsOf(UserRecord user)
    {
        var bytes = Convert.FromBase64String(user.PasswordHash);
        Assert.Equal(0x01, bytes[0]);
        return (bytes[5] << 24) | (bytes[6] << 16) | (bytes[7] << 8) | bytes[8];
    }
}
