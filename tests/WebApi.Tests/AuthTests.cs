using System.Net;
using System.Text;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

[Collection(SharedApi.Name)]
public sealed class AuthTests(ApiFixture app)
{
    [Fact]
    public async Task Register_Buyer_Returns201WithUser()
    {
        var email = Api.NewEmail("Mixed.Case");
        using var response = await app.Anonymous().PostAsync("/api/v1/auth/register",
            Api.Json(new { name = "Siti Aminah", email, password = "Password-123" }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var user = await response.ReadJsonAsync();
        Assert.StartsWith("usr_", user.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("Siti Aminah", user.GetProperty("name").GetString());
        Assert.Equal(email.ToLowerInvariant(), user.GetProperty("email").GetString());
        Assert.Equal("buyer", user.GetProperty("role").GetString());
        Assert.Equal("active", user.GetProperty("status").GetString());
        Assert.InRange(user.GetProperty("createdAt").ReadTime(), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.DoesNotContain("password", user.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Register_Seller_ReturnsSellerRole()
    {
        using var response = await app.Anonymous().PostAsync("/api/v1/auth/register",
            Api.Json(new { name = "Kantin Bu Sri", email = Api.NewEmail(), password = "Password-123", role = "seller" }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("seller", (await response.ReadJsonAsync()).GetProperty("role").GetString());
    }

    [Fact]
    public async Task Register_AdminRole_Returns400()
    {
        using var response = await app.Anonymous().PostAsync("/api/v1/auth/register",
            Api.Json(new { name = "Mallory", email = Api.NewEmail(), password = "Password-123", role = "admin" }));

        await response.AssertValidationAsync("role");
    }

    [Fact]
    public async Task Register_EmailTakenInOtherCase_Returns409EmailTaken()
    {
        var email = Api.NewEmail("taken");
        using var first = await app.Anonymous().PostAsync("/api/v1/auth/register",
            Api.Json(new { name = "First", email, password = "Password-123" }));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        using var second = await app.Anonymous().PostAsync("/api/v1/auth/register",
            Api.Json(new { name = "Second", email = email.ToUpperInvariant(), password = "Password-456" }));

        await second.AssertProblemAsync(HttpStatusCode.Conflict, "email_taken");
    }

    [Theory]
    [InlineData("""{"email":"a@example.test","password":"Password-123"}""", "name")]
    [InlineData("""{"name":"","email":"a@example.test","password":"Password-123"}""", "name")]
    [InlineData("""{"name":"   ","email":"a@example.test","password":"Password-123"}""", "name")]
    [InlineData("""{"name":123,"email":"a@example.test","password":"Password-123"}""", "name")]
    [InlineData("""{"name":null,"email":"a@example.test","password":"Password-123"}""", "name")]
    [InlineData("""{"name":"Ann","password":"Password-123"}""", "email")]
    [InlineData("""{"name":"Ann","email":"not-an-email","password":"Password-123"}""", "email")]
    [InlineData("""{"name":"Ann","email":"two@@example.test","password":"Password-123"}""", "email")]
    [InlineData("""{"name":"Ann","email":"a b@example.test","password":"Password-123"}""", "email")]
    [InlineData("""{"name":"Ann","email":"a@example.test"}""", "password")]
    [InlineData("""{"name":"Ann","email":"a@example.test","password":"short"}""", "password")]
    [InlineData("""{"name":"Ann","email":"a@example.test","password":12345678}""", "password")]
    [InlineData("""{"name":"Ann","email":"a@example.test","password":"Password-123","role":"king"}""", "role")]
    public async Task Register_InvalidField_Returns400NamingField(string body, string field)
    {
        using var response = await app.Anonymous().PostAsync("/api/v1/auth/register", Api.Json(body));

        await response.AssertValidationAsync(field);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public async Task Register_NameLength_IsOneToHundred(int length, bool accepted)
    {
        using var response = await app.Anonymous().PostAsync("/api/v1/auth/register",
            Api.Json(new { name = new string('n', length), email = Api.NewEmail(), password = "Password-123" }));

        if (accepted)
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
        else
        {
            await response.AssertValidationAsync("name");
        }
    }

    [Fact]
    public async Task Register_EveryFieldWrong_ReportsEveryField()
    {
        using var response = await app.Anonymous().PostAsync("/api/v1/auth/register", Api.Json("{}"));

        var problem = await response.AssertValidationAsync("name");
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("password", out _));
    }

    [Theory]
    [InlineData("{")]
    [InlineData("""{"name":""")]
    [InlineData("not json")]
    [InlineData("""{"name":"Ann",}""")]
    [InlineData("""{"name":"Ann"} trailing""")]
    [InlineData("""{"name":"Ann","name":"Bob","email":"a@example.test","password":"Password-123"}""")]
    [InlineData("""[{"name":"Ann"}]""")]
    [InlineData("\"just a string\"")]
    [InlineData("")]
    public async Task Register_MalformedJson_Returns400MalformedJson(string body)
    {
        using var response = await app.Anonymous().PostAsync("/api/v1/auth/register", Api.Json(body));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "malformed_json");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData(null)]
    public async Task Register_NonJsonContentType_Returns415(string? contentType)
    {
        var body = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"name":"Ann","email":"a@example.test","password":"Password-123"}"""));
        if (contentType is not null)
        {
            body.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        using var response = await app.Anonymous().PostAsync("/api/v1/auth/register", body);

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
    }

    [Fact]
    public async Task Login_ValidCredentials_ReturnsBearerTokenAndUser()
    {
        var user = await app.CreateUserAsync("seller", "Warung Pak Budi");

        using var response = await app.Anonymous().PostAsync("/api/v1/auth/login",
            Api.Json(new { email = user.Email, password = user.Password }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
        Assert.InRange(body.GetProperty("expiresAt").ReadTime(), DateTimeOffset.UtcNow.AddHours(24).AddMinutes(-1),
            DateTimeOffset.UtcNow.AddHours(24).AddMinutes(1));
        var login = body.GetProperty("user");
        Assert.Equal(user.Id, login.GetProperty("id").GetString());
        Assert.Equal("Warung Pak Budi", login.GetProperty("name").GetString());
        Assert.Equal(user.Email, login.GetProperty("email").GetString());
        Assert.Equal("seller", login.GetProperty("role").GetString());

        var token = Tokens.Decode(body.GetProperty("token").GetString()!);
        Assert.Equal("HS256", token.Header.GetProperty("alg").GetString());
        Assert.Equal(["aud", "exp", "iat", "iss", "jti", "role", "sub"], token.Payload.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(user.Id, token.Payload.GetProperty("sub").GetString());
        Assert.Equal("seller", token.Payload.GetProperty("role").GetString());
        Assert.Equal(Tokens.Issuer, token.Payload.GetProperty("iss").GetString());
        Assert.Equal(Tokens.Audience, token.Payload.GetProperty("aud").GetString());
        Assert.Matches("^[0-9a-f]{32}$", token.Payload.GetProperty("jti").GetString());
        Assert.Equal(24 * 3600, token.Payload.GetProperty("exp").GetInt64() - token.Payload.GetProperty("iat").GetInt64());
    }

    [Fact]
    public async Task Login_EmailInOtherCase_Succeeds()
    {
        var user = await app.CreateUserAsync();

        using var response = await app.Anonymous().PostAsync("/api/v1/auth/login",
            Api.Json(new { email = user.Email.ToUpperInvariant(), password = user.Password }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Login_WrongPasswordAndUnknownEmail_AreTheSame401()
    {
        var user = await app.CreateUserAsync();

        using var wrongPassword = await app.Anonymous().PostAsync("/api/v1/auth/login",
            Api.Json(new { email = user.Email, password = "Wrong-Password" }));
        using var unknownEmail = await app.Anonymous().PostAsync("/api/v1/auth/login",
            Api.Json(new { email = Api.NewEmail("nobody"), password = "Wrong-Password" }));

        var first = await wrongPassword.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
        var second = await unknownEmail.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
        Assert.Equal(first.GetProperty("detail").GetString(), second.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("""{"password":"Password-123"}""", "email")]
    [InlineData("""{"email":"a@example.test"}""", "password")]
    [InlineData("""{"email":1,"password":"Password-123"}""", "email")]
    public async Task Login_MissingField_Returns400(string body, string field)
    {
        using var response = await app.Anonymous().PostAsync("/api/v1/auth/login", Api.Json(body));

        await response.AssertValidationAsync(field);
    }

    [Fact]
    public async Task Login_RepeatedFailures_Returns429WithRetryAfter()
    {
        var user = await app.CreateUserAsync();
        HttpResponseMessage? limited = null;
        for (var attempt = 0; attempt < 20 && limited is null; attempt++)
        {
            var response = await app.Anonymous().PostAsync("/api/v1/auth/login", Api.Json(new { email = user.Email, password = "Wrong-Password" }));
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
            }
            else
            {
                await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
            }
        }

        Assert.NotNull(limited);
        await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        var retryAfter = int.Parse(Assert.Single(limited.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 3600);

        // While locked, even the right password is refused, for the address in any case.
        using var right = await app.Anonymous().PostAsync("/api/v1/auth/login",
            Api.Json(new { email = user.Email.ToUpperInvariant(), password = user.Password }));
        await right.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        limited.Dispose();
    }

    [Fact]
    public async Task Logout_ThisToken_IsRefusedAfterwardsWhileOtherSessionsGoOn()
    {
        var first = await app.CreateUserAsync();
        var second = await app.LoginAsync(first.Email, first.Password);

        using var logout = await first.Client.PostAsync("/api/v1/auth/logout", null);

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        await AssertRevokedAsync(first.Client);
        Assert.Equal(HttpStatusCode.OK, (await second.Client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Logout_All_RevokesEverySessionButAllowsANewLoginAtOnce()
    {
        var first = await app.CreateUserAsync();
        var second = await app.LoginAsync(first.Email, first.Password);

        using var logout = await first.Client.PostAsync("/api/v1/auth/logout?all=true", null);

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        await AssertRevokedAsync(first.Client);
        await AssertRevokedAsync(second.Client);
        var third = await app.LoginAsync(first.Email, first.Password);
        Assert.Equal(HttpStatusCode.OK, (await third.Client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Logout_InvalidAllValue_Returns400()
    {
        var user = await app.CreateUserAsync();

        using var response = await user.Client.PostAsync("/api/v1/auth/logout?all=maybe", null);

        await response.AssertValidationAsync("all");
    }

    [Fact]
    public async Task Logout_WithoutToken_Returns401MissingToken()
    {
        using var response = await app.Anonymous().PostAsync("/api/v1/auth/logout", null);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "missing_token");
    }

    [Fact]
    public async Task ChangePassword_Valid_KeepsCurrentTokenAndRevokesOthers()
    {
        var current = await app.CreateUserAsync();
        var other = await app.LoginAsync(current.Email, current.Password);

        using var response = await current.Client.PostAsync("/api/v1/auth/password",
            Api.Json(new { currentPassword = current.Password, newPassword = "New-Password-456" }));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await current.Client.GetAsync("/api/v1/me")).StatusCode);
        await AssertRevokedAsync(other.Client);
        using var oldPassword = await app.Anonymous().PostAsync("/api/v1/auth/login",
            Api.Json(new { email = current.Email, password = current.Password }));
        await oldPassword.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
        await app.LoginAsync(current.Email, "New-Password-456");
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentPassword_Returns400()
    {
        var user = await app.CreateUserAsync();

        using var response = await user.Client.PostAsync("/api/v1/auth/password",
            Api.Json(new { currentPassword = "Not-The-Password", newPassword = "New-Password-456" }));

        await response.AssertValidationAsync("currentPassword");
        await app.LoginAsync(user.Email, user.Password);
    }

    [Fact]
    public async Task ChangePassword_ShortNewPassword_Returns400()
    {
        var user = await app.CreateUserAsync();

        using var response = await user.Client.PostAsync("/api/v1/auth/password",
            Api.Json(new { currentPassword = user.Password, newPassword = "short" }));

        await response.AssertValidationAsync("newPassword");
    }

    private static async Task AssertRevokedAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/v1/me");
        var problem = await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_token");
        Assert.Equal("token revoked", problem.GetProperty("detail").GetString());
        Assert.Equal("Bearer error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
    }
}
