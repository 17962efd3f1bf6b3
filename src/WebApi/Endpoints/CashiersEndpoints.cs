using System.Security.Claims;
using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.Sessions;
using Cashless.Grains.Ledger;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Contracts;
using Cashless.WebApi.Errors;
using Cashless.WebApi.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cashless.WebApi.Endpoints;

/// <summary>A seller's cashier logins: made, listed and disabled by the seller only.</summary>
public static class CashiersEndpoints
{
    public static IEndpointRouteBuilder MapCashiersEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapSecuredGroup("/cashiers", "Cashiers", AuthPolicies.Seller);

        group.MapPost("/", Create)
            .WithName("CreateCashier")
            .WithSummary("Open a cashier login for the caller's till (role cashier)")
            .WithDescription(
                "Same rules as sign-up for name, e-mail (409 email_taken) and password. A cashier makes and cancels the "
                + "seller's payment requests, lists its sales of today and refunds them; it has no wallet and may do nothing else.")
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/", List)
            .WithName("ListCashiers")
            .WithSummary("The caller's cashiers, oldest first");

        group.MapPost("/{id}/disable", Disable)
            .WithName("DisableCashier")
            .WithSummary("Disable a cashier: its tokens are refused from now on and it cannot sign in again")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    public static async Task<Results<Created<CashierResponse>, ProblemHttpResult>> Create(
        JsonBody<NewCashierBody> body, ClaimsPrincipal principal, ITillStore till, PasswordService passwords, IIdGenerator ids,
        TimeProvider clock, CancellationToken ct)
    {
        var request = body.Value;
        var user = new UserRecord(ids.NewId(IdPrefixes.User), request.Name, request.Email, await passwords.HashAsync(request.Password, ct),
            AccountRole.Cashier, AccountStatus.Active, clock.GetUtcNow());
        if (!await till.CreateCashierAsync(user, principal.UserId(), ct))
        {
            return ApiProblem.Of(StatusCodes.Status409Conflict, ErrorCodes.EmailTaken, "This e-mail address is already registered.");
        }

        var cashier = await till.GetCashierAsync(user.Id, ct)
            ?? throw new InvalidOperationException($"Cashier {user.Id} was created but cannot be read back.");
        return TypedResults.Created((string?)null, CashierResponse.Of(cashier));
    }

    public static async Task<Ok<CashierResponse[]>> List(ClaimsPrincipal principal, ITillStore till, CancellationToken ct) =>
        TypedResults.Ok((await till.ListCashiersAsync(principal.UserId(), ct)).Select(CashierResponse.Of).ToArray());

    public static async Task<Results<Ok<CashierResponse>, ProblemHttpResult>> Disable(
        string id, ClaimsPrincipal principal, ITillStore till, IGrainFactory grains, TimeProvider clock, CancellationToken ct)
    {
        var cashier = Paging.IsId(id, IdPrefixes.User) ? await till.GetCashierAsync(id, ct) : null;
        if (cashier is null || cashier.SellerId != principal.UserId())
        {
            return ApiProblem.NotFound("No such cashier of yours.");
        }

        // Marked first, so a login racing with this is refused; then every token it holds is revoked.
        await till.DisableCashierAsync(id, clock.GetUtcNow(), ct);
        await grains.Reference<ISessionGrain>(id).RevokeAll(keepTokenId: null);
        return TypedResults.Ok(CashierResponse.Of(cashier with { Disabled = true }));
    }
}
