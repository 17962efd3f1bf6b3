using System.ComponentModel;
using System.Security.Claims;
using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Ledger;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Contracts;
using Cashless.WebApi.Errors;
using Cashless.WebApi.Families;
using Cashless.WebApi.Idempotency;
using Cashless.WebApi.Json;
using Cashless.WebApi.Midtrans;
using Cashless.WebApi.TopUps;
using Cashless.WebApi.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Cashless.WebApi.Endpoints;

/// <summary>
/// A guardian's side of families: redeeming a student's code, then reading the linked students' wallets, setting their
/// limits, funding them (top-ups that are the student's, and allowances from the guardian's own wallet). Nothing here
/// spends the student's money. A student not linked to the caller is 404, whether it exists or not.
/// </summary>
public static class ChildrenEndpoints
{
    public static IEndpointRouteBuilder MapChildrenEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapSecuredGroup("/children", "Families", AuthPolicies.Guardian);
        var child = group.MapGroup("/{studentId}").ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", Link)
            .WithName("LinkChild")
            .WithSummary("Redeem a student's link code: the caller becomes one of the student's guardians")
            .WithDescription(
                "422 link_code_invalid when the code is unknown, used or expired (which one is not said). Limited per client "
                + "address (RateLimits:LinkCode): 429 rate_limited with Retry-After. Redeeming a code of a student the caller "
                + "is linked to already uses the code and keeps the link.")
            .RequireRateLimiting(RequestLimits.LinkCode)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapGet("/", List)
            .WithName("ListChildren")
            .WithSummary("The students linked to the caller, oldest link first");

        child.MapGet("/", GetWallet)
            .WithName("GetChildWallet")
            .WithSummary("A linked student's wallet: balance, status, limits and what is left to spend today");

        child.MapGet("/transactions", ListTransactions)
            .WithName("ListChildTransactions")
            .WithSummary("A linked student's journal, newest first, with cursor paging")
            .ProducesValidationProblem();

        child.MapGet("/topups", ListTopUps)
            .WithName("ListChildTopUps")
            .WithSummary("A linked student's top-ups, newest first, optionally in one status")
            .ProducesValidationProblem();

        child.MapPost("/topups/virtual-account", CreateVirtualAccount)
            .WithIdempotency()
            .WithName("CreateChildVirtualAccountTopUp")
            .WithSummary("Top up a linked student's wallet by a Midtrans virtual account, as the student does with POST /topups/virtual-account")
            .WithDescription(
                "The top-up is the student's: credited to the student's wallet once Midtrans reports it (once, whatever "
                + "duplicates arrive), listed in the student's top-ups; the same body, answers and refusals as the student's own.")
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        child.MapPost("/topups/bank-transfer", CreateBankTransfer)
            .WithIdempotency()
            .WithName("CreateChildBankTransferTopUp")
            .WithSummary("Announce a bank transfer to a linked student's wallet, for an admin to check and approve")
            .WithDescription("The student's top-up, as POST /topups/bank-transfer makes it; the same body, answers and refusals.");

        child.MapPost("/allowance", SendAllowance)
            .WithLedgerIdempotency()
            .WithName("SendAllowance")
            .WithSummary("Move money from the caller's own wallet to a linked student's, as an allowance (allowance_out / allowance_in)")
            .WithDescription(
                "An ordinary payment, atomic and once per Idempotency-Key, answered 201 like POST /payments; the student's "
                + "limits do not apply to receiving it. Refusals: 422 insufficient_funds (the guardian's wallet), "
                + "payee_cannot_receive (the student cannot take it now: frozen, closed or at its balance cap; why is not "
                + "said) or idempotency_key_reused. 503 overloaded (with Retry-After); nothing was done.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        child.MapGet("/notifications", ListNotifications)
            .WithName("ListChildNotifications")
            .WithSummary("A linked student's notifications, newest first (read-only: the student marks them read)")
            .ProducesValidationProblem();

        child.MapPost("/close", CloseChild)
            .WithIdempotency()
            .WithName("CloseChildAccount")
            .WithSummary("Close a linked student's wallet (a student leaving): its balance goes to a bank account or to a sibling first")
            .WithDescription(
                "Body {toWallet} (another student linked to the caller: the balance moves there as one payment) or "
                + "{bankCode, accountNumber, accountName} (a pending withdrawal in the payout queue), or {} for an empty wallet; "
                + "otherwise as POST /admin/users/{id}/close, with the same answer and refusals. 404 when the student, or "
                + "toWallet, is not a student linked to the caller.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesValidationProblem();

        child.MapPut("/limits", SetLimits)
            .WithName("SetChildLimits")
            .WithSummary("Set a linked student's daily and per-payment limits and low-balance threshold (replaced whole)")
            .WithDescription(
                "dailyLimit, paymentLimit, lowBalanceThreshold, alertPaymentsOver: whole rupiah from 1 to Limits:MaxBalance, or null or absent "
                + "for none. Answers the student's wallet as GET /children/{studentId} shows it.")
            .ProducesValidationProblem();

        return api;
    }

    public static async Task<Results<Created<GuardianLinkResponse>, ProblemHttpResult>> Link(
        JsonBody<RedeemLinkCodeRequest> body, ClaimsPrincipal principal, IFamilyStore families, IGrainFactory grains, TimeProvider clock,
        CancellationToken ct)
    {
        var guardianId = principal.UserId();
        var studentId = await families.RedeemLinkCodeAsync(LinkCodes.Hash(body.Value.Code), guardianId, clock.GetUtcNow(), ct);
        if (studentId is null)
        {
            return FamilyProblems.CodeInvalid();
        }

        await grains.Reference<IAccountGrain>(studentId).GuardiansChanged();

        var link = (await families.ListGuardianLinksAsync(guardianId, studentId: null, ct)).Single(l => l.StudentId == studentId);
        return TypedResults.Created($"/api/v1/children/{studentId}", GuardianLinkResponse.Of(link));
    }

    public static async Task<Ok<GuardianLinkResponse[]>> List(ClaimsPrincipal principal, IFamilyStore families, CancellationToken ct) =>
        TypedResults.Ok((await families.ListGuardianLinksAsync(principal.UserId(), studentId: null, ct)).Select(GuardianLinkResponse.Of).ToArray());

    public static async Task<Results<Ok<WalletResponse>, ProblemHttpResult>> GetWallet(
        string studentId, ClaimsPrincipal principal, IFamilyStore families, IGrainFactory grains, IOptions<LimitsOptions> limits,
        CancellationToken ct)
    {
        if (!await ChildAccess.IsLinkedAsync(families, principal.UserId(), studentId, ct)
            || await grains.Reference<IAccountGrain>(studentId).GetWallet() is not { } wallet)
        {
            return FamilyProblems.NoSuchChild();
        }

        return TypedResults.Ok(WalletResponse.Of(wallet, limits.Value));
    }

    public static async Task<Results<Ok<PageResponse<TransactionResponse>>, ProblemHttpResult>> ListTransactions(
        string studentId, ClaimsPrincipal principal, IFamilyStore families, ILedgerStore ledger, int? limit, string? before,
        CancellationToken ct)
    {
        if (!await ChildAccess.IsLinkedAsync(families, principal.UserId(), studentId, ct))
        {
            return FamilyProblems.NoSuchChild();
        }

        if (!Paging.TryCreate(limit, before, out var page, out var problem))
        {
            return problem!;
        }

        return TypedResults.Ok(Paging.Respond(await ledger.ListEntriesAsync(studentId, page, ct), TransactionResponse.Of));
    }

    public static async Task<Results<Ok<PageResponse<TopUpResponse>>, ProblemHttpResult>> ListTopUps(
        string studentId, ClaimsPrincipal principal, IFamilyStore families, ICashlessStore store,
        IOptions<BankTransferOptions> destination, string? status, int? limit, string? before, CancellationToken ct)
    {
        if (!await ChildAccess.IsLinkedAsync(families, principal.UserId(), studentId, ct))
        {
            return FamilyProblems.NoSuchChild();
        }

        return await Paging.ListByStatusAsync<TopUpStatus, TopUpRecord, TopUpResponse>(status, limit, before,
            (filter, page) => store.ListTopUpsAsync(new TopUpQuery(studentId, filter, page), ct),
            topUp => TopUpResponse.Of(topUp, destination.Value.ToDestination()));
    }

    public static async Task<Results<Ok<PageResponse<NotificationResponse>>, ProblemHttpResult>> ListNotifications(
        string studentId, ClaimsPrincipal principal, IFamilyStore families, INotificationStore notifications,
        [Description("true: only the ones the student has not read")] bool? unread, int? limit, string? before, CancellationToken ct)
    {
        if (!await ChildAccess.IsLinkedAsync(families, principal.UserId(), studentId, ct))
        {
            return FamilyProblems.NoSuchChild();
        }

        if (!Paging.TryCreate(limit, before, out var page, out var problem))
        {
            return problem!;
        }

        return TypedResults.Ok(Paging.Respond(await notifications.ListNotificationsAsync(studentId, unread == true, page, ct), NotificationResponse.Of));
    }

    public static async Task<Results<Created<TopUpResponse>, ProblemHttpResult>> CreateVirtualAccount(
        string studentId, JsonBody<VirtualAccountTopUpRequest> body, ClaimsPrincipal principal, IFamilyStore families, IGrainFactory grains,
        IIdGenerator ids, MidtransClient midtrans, IOptions<MidtransOptions> options, CancellationToken ct) =>
        await ChildAccess.IsLinkedAsync(families, principal.UserId(), studentId, ct)
            ? await TopUpsEndpoints.OpenVirtualAccountAsync(studentId, principal.UserId(), body.Value, grains, ids, midtrans, options.Value)
            : FamilyProblems.NoSuchChild();

    public static async Task<Results<Created<TopUpResponse>, ProblemHttpResult>> CreateBankTransfer(
        string studentId, JsonBody<BankTransferTopUpRequest> body, ClaimsPrincipal principal, IFamilyStore families, IGrainFactory grains,
        IIdGenerator ids, IOptions<BankTransferOptions> destination, CancellationToken ct) =>
        await ChildAccess.IsLinkedAsync(families, principal.UserId(), studentId, ct)
            ? await TopUpsEndpoints.OpenBankTransferAsync(studentId, principal.UserId(), body.Value, grains, ids, destination.Value)
            : FamilyProblems.NoSuchChild();

    public static async Task<Results<Created<PaymentResponse>, ProblemHttpResult>> SendAllowance(
        string studentId, JsonBody<AllowanceRequest> body, HttpContext context, ClaimsPrincipal principal, IFamilyStore families,
        IGrainFactory grains, IIdGenerator ids, [FromHeader(Name = IdempotencyKey.Header)] string? idempotencyKey, CancellationToken ct) =>
        await ChildAccess.IsLinkedAsync(families, principal.UserId(), studentId, ct)
            ? await Allowances.SendAsync(grains, ids, context, principal.UserId(), studentId, body.Value, idempotencyKey)
            : FamilyProblems.NoSuchChild();

    public static async Task<Results<Ok<ClosedAccountResponse>, ProblemHttpResult>> CloseChild(
        string studentId, JsonBody<CloseAccountRequest> body, ClaimsPrincipal principal, IGrainFactory grains, ICashlessStore store,
        IFamilyStore families, IIdGenerator ids, CancellationToken ct)
    {
        var guardianId = principal.UserId();
        if (!await ChildAccess.IsLinkedAsync(families, guardianId, studentId, ct))
        {
            return FamilyProblems.NoSuchChild();
        }

        string? receiverId = null;
        if (body.Value.ToWallet is { } toWallet)
        {
            // The family's other wallet: a brother or sister linked to the same guardian, never anyone else's.
            receiverId = await PaymentsEndpoints.ResolvePayeeAsync(toWallet, store, ct);
            if (receiverId is null || receiverId == studentId || !await ChildAccess.IsLinkedAsync(families, guardianId, receiverId, ct))
            {
                return ApiProblem.NotFound("The receiving wallet is not another student linked to you.");
            }
        }

        return await AccountClosingEndpoints.CloseAsync(studentId, body.Value, receiverId, grains, store, ids, ct);
    }

    public static async Task<Results<Ok<WalletResponse>, ProblemHttpResult>> SetLimits(
        string studentId, JsonBody<SpendingRulesRequest> body, ClaimsPrincipal principal, IFamilyStore families, IGrainFactory grains,
        IOptions<LimitsOptions> limits, CancellationToken ct) =>
        await ChildAccess.IsLinkedAsync(families, principal.UserId(), studentId, ct)
            ? await SpendingRules.SetAsync(grains, studentId, body.Value, limits.Value)
            : FamilyProblems.NoSuchChild();
}
