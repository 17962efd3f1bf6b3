using System.Globalization;
using System.Security.Claims;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Sessions;
using Cashless.Grains.Ledger;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Contracts;
using Cashless.WebApi.Errors;
using Cashless.WebApi.Json;
using Cashless.WebApi.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Endpoints;

/// <summary>Sign-up, login, logout and password change (features 1, 2 and 13).</summary>
public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/auth").WithTags("Auth");

        group.MapPost("/register", Register)
            .WithName("Register")
            .WithSummary("Sign up as a buyer (default) or a seller")
            .WithDescription(
                "E-mail is case-insensitive and unique (409 email_taken); password at least 8 characters; name 1 to 100. "
                + "Role admin is refused (400). With Registration:AllowSellerSignup=false, seller sign-up is 403 forbidden "
                + "and an admin creates sellers. Limited per client address (RateLimits:Register): 429 rate_limited with "
                + "Retry-After. 503 overloaded when too many password hashes are waiting.")
            .RequireRateLimiting(RequestLimits.Register)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapPost("/login", Login)
            .WithName("Login")
            .WithSummary("Exchange e-mail and password for a bearer token")
            .WithDescription(
                "An unknown e-mail and a wrong password are the same 401 invalid_credentials. After five failed or "
                + "running checks for one e-mail from one client address, tries from that address are refused with 429 "
                + "rate_limited and a Retry-After header (seconds); other addresses are not affected. Each address is "
                + "also limited in logins per window (RateLimits:Login). 503 overloaded when too many password hashes "
                + "are waiting. A cashier its seller disabled is 403 forbidden (after a right password only).")
            .RequireRateLimiting(RequestLimits.Login)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapPost("/logout", Logout)
            .RequireAuthorization()
            .WithName("Logout")
            .WithSummary("End this token's session, or every session of the user with ?all=true")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        group.MapPost("/password", ChangePassword)
            .RequireAuthorization()
            .WithName("ChangePassword")
            .WithSummary("Change the password; every other session of the user ends")
            .WithDescription(
                "A wrong currentPassword is 400 validation_failed on currentPassword and counts as a failed login "
                + "(so it is rate limited like logins). The token used for this call stays valid. Limited per client "
                + "address (RateLimits:Password).")
            .RequireRateLimiting(RequestLimits.Password)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return api;
    }

    public static async Task<Results<Created<UserResponse>, ProblemHttpResult>> Register(
        JsonBody<RegisterRequest> body,
        UserRegistrar registrar,
        IOptions<RegistrationOptions> registration,
        CancellationToken ct)
    {
        var request = body.Value;
        var role = request.Role ?? AccountRole.Buyer;
        if (role == AccountRole.Seller && !registration.Value.AllowSellerSignup)
        {
            return ApiProblem.Forbidden("Sign-up as a seller is closed; an admin creates seller accounts.");
        }

        var user = await registrar.RegisterAsync(request.Name, request.Email, request.Password, role, ct);
        if (user is null)
        {
            return ApiProblem.Of(StatusCodes.Status409Conflict, ErrorCodes.EmailTaken, "This e-mail address is already registered.");
        }

        return TypedResults.Created((string?)null, UserResponse.Of(user));
    }

    public static async Task<Results<Ok<LoginResponse>, ProblemHttpResult>> Login(
        JsonBody<LoginRequest> body,
        IUserStore users,
        PasswordService passwords,
        PasswordGuessGuard guard,
        TokenIssuer tokens,
        ITillStore till,
        HttpContext http,
        CancellationToken ct)
    {
        var request = body.Value;
        UserRecord? user = null;
        var check = await guard.CheckAsync(request.Email, http, async () =>
        {
            user = await users.FindUserByEmailAsync(request.Email, ct);
            return user is null
                ? await passwords.VerifyNothingAsync(request.Password, ct)
                : await passwords.VerifyAsync(user.PasswordHash, request.Password, ct);
        });
        if (check.RetryAfter is { } wait)
        {
            return RateLimited(http, wait);
        }

        if (user is null || check.Verdict == PasswordVerificationResult.Failed)
        {
            return InvalidCredentials();
        }

        if (user.Role == AccountRole.Cashier && await till.GetCashierAsync(user.Id, ct) is not { Disabled: false })
        {
            return ApiProblem.Forbidden("This cashier login was disabled by its seller.");
        }

        if (check.Verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await users.UpdatePasswordHashAsync(user.Id, await passwords.HashAsync(request.Password, ct), ct);
        }

        var token = tokens.Issue(user);
        return TypedResults.Ok(new LoginResponse(token.Token, "Bearer", ApiTime.Of(token.ExpiresAt),
            new LoginUser(user.Id, user.Name, user.Email, user.Role)));
    }

    public static async Task<NoContent> Logout(ClaimsPrincipal principal, IGrainFactory grains, bool? all)
    {
        var sessions = grains.Reference<ISessionGrain>(principal.UserId());
        if (all == true)
        {
            await sessions.RevokeAll(keepTokenId: null);
        }
        else
        {
            await sessions.Revoke(principal.TokenIdOf(), principal.ExpiresAt());
        }

        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> ChangePassword(
        JsonBody<ChangePasswordRequest> body,
        ClaimsPrincipal principal,
        IGrainFactory grains,
        IUserStore users,
        PasswordService passwords,
        PasswordGuessGuard guard,
        HttpContext http,
        CancellationToken ct)
    {
        var request = body.Value;
        var user = await users.GetUserAsync(principal.UserId(), ct);
        if (user is null)
        {
            return ApiProblem.NotFound("The user does not exist.");
        }

        // A stolen token must not become a way to guess the password: wrong guesses count as failed logins.
        var check = await guard.CheckAsync(user.Email, http, () => passwords.VerifyAsync(user.PasswordHash, request.CurrentPassword, ct));
        if (check.RetryAfter is { } wait)
        {
            return RateLimited(http, wait);
        }

        if (check.Verdict == PasswordVerificationResult.Failed)
        {
            return ApiProblem.Validation("currentPassword", "is not the current password");
        }

        if (PasswordPolicy.Refusal(request.NewPassword, user.Email, user.Name) is { } refusal)
        {
            return ApiProblem.Validation("newPassword", refusal);
        }

        await users.UpdatePasswordHashAsync(user.Id, await passwords.HashAsync(request.NewPassword, ct), ct);
        await grains.Reference<ISessionGrain>(user.Id).RevokeAll(keepTokenId: principal.TokenIdOf());
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult InvalidCredentials() =>
        ApiProblem.Of(StatusCodes.Status401Unauthorized, ErrorCodes.InvalidCredentials, "The e-mail or password is wrong.");

    private static ProblemHttpResult RateLimited(HttpContext http, TimeSpan wait)
    {
        var seconds = Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return ApiProblem.Of(StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited,
            $"Too many failed attempts; try again in {seconds} seconds.");
    }
}
