using System.Security.Claims;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Sessions;
using Cashless.Grains.Ledger;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Contracts;
using Cashless.WebApi.Errors;
using Cashless.WebApi.Json;
using Cashless.WebApi.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Endpoints;

/// <summary>
/// A forgotten (or compromised) password: an admin issues a one-time code, which at once locks the old password and
/// ends every session; the user sets a new password with the code.
/// </summary>
public static partial class PasswordResetEndpoints
{
    public static IEndpointRouteBuilder MapPasswordResetEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapSecuredGroup("/admin/users", "Admin", AuthPolicies.Admin)
            .MapPost("/{id}/password-reset", IssueCode)
            .WithName("IssuePasswordResetCode")
            .WithSummary("Issue a one-time password-reset code for a user: the old password and every session stop working at once")
            .WithDescription(
                "The code is in this answer only; hand it to the user, who sets a new password with POST /auth/password/reset "
                + "before expiresAt (PasswordReset:CodeLifetime). A new code replaces the previous one. 503 overloaded when "
                + "too many password hashes are waiting.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapGroup("/auth").WithTags("Auth")
            .MapPost("/password/reset", Reset)
            .RequireRateLimiting(RequestLimits.Password)
            .WithName("ResetPassword")
            .WithSummary("Set a new password with the one-time code an admin issued")
            .WithDescription(
                "An unknown e-mail and a wrong, used or expired code are the same 400 validation_failed on code; after "
                + "five wrong codes the code is void. The new password follows the sign-up rules. Every session ended "
                + "when the code was issued; log in with the new password. Limited per client address (RateLimits:Password).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return api;
    }

    public static async Task<Results<Created<PasswordResetCodeResponse>, ProblemHttpResult>> IssueCode(
        string id,
        ClaimsPrincipal principal,
        IGrainFactory grains,
        IUserStore users,
        PasswordService passwords,
        IOptions<PasswordResetOptions> options,
        TimeProvider clock,
        ILoggerFactory logs,
        CancellationToken ct)
    {
        if (await users.GetUserAsync(id, ct) is null)
        {
            return ApiProblem.NotFound("No such user.");
        }

        var code = PasswordResetCodes.New();
        var expiresAt = clock.GetUtcNow() + options.Value.CodeLifetime;

        // The old password stops working now: whoever knew it, the code is the only way back in.
        var unguessable = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await users.UpdatePasswordHashAsync(id, await passwords.HashAsync(unguessable, ct), ct);
        await grains.Reference<IPasswordResetGrain>(id).Issue(PasswordResetCodes.Digest(code), expiresAt);
        await grains.Reference<ISessionGrain>(id).RevokeAll(keepTokenId: null);
        LogIssued(logs.CreateLogger(typeof(PasswordResetEndpoints)), principal.UserId(), id);
        return TypedResults.Created((string?)null, new PasswordResetCodeResponse(id, code, ApiTime.Of(expiresAt)));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Reset(
        JsonBody<PasswordResetRequest> body, IGrainFactory grains, IUserStore users, PasswordService passwords, CancellationToken ct)
    {
        var request = body.Value;
        var user = await users.FindUserByEmailAsync(request.Email, ct);
        if (user is not null && PasswordPolicy.Refusal(request.NewPassword, user.Email, user.Name) is { } refusal)
        {
            return ApiProblem.Validation("newPassword", refusal);
        }

        // Hashed before the code is spent, so a full hashing queue (503) leaves the code usable.
        var hash = await passwords.HashAsync(request.NewPassword, ct);
        if (user is null || !await grains.Reference<IPasswordResetGrain>(user.Id).Redeem(PasswordResetCodes.Digest(request.Code)))
        {
            return ApiProblem.Validation("code", "is not a valid reset code for this e-mail, or it expired or was used");
        }

        await users.UpdatePasswordHashAsync(user.Id, hash, ct);
        await grains.Reference<ISessionGrain>(user.Id).RevokeAll(keepTokenId: null);
        return TypedResults.NoContent();
    }

    [LoggerMessage(EventId = 4020, Level = LogLevel.Warning,
        Message = "Security: admin {AdminId} issued a password-reset code for user {UserId}; its old password and sessions are void")]
    private static partial void LogIssued(ILogger logger, string adminId, string userId);
}
