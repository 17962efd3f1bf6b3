using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Contracts;
using Cashless.WebApi.Errors;
using Cashless.WebApi.Families;
using Cashless.WebApi.Idempotency;
using Cashless.WebApi.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cashless.WebApi.Endpoints;

/// <summary>An admin closes a wallet, its balance paid out to a bank account or moved to another wallet first.</summary>
public static class AccountClosingEndpoints
{
    public static IEndpointRouteBuilder MapAccountClosingEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapSecuredGroup("/admin/users", "Admin", AuthPolicies.Admin);

        group.MapPost("/{id}/close", CloseAccount)
            .WithIdempotency()
            .WithName("CloseAccount")
            .WithSummary("Close a wallet: its balance is paid out first, then it can only sign in and read")
            .WithDescription(
                "Body {toWallet} (a user id or e-mail of another buyer or seller: the balance moves there as a payment; from a "
                + "guardian, only to one of its students, as an allowance) or "
                + "{bankCode, accountNumber, accountName} (the balance becomes a pending withdrawal in the payout queue), or {} "
                + "for an empty wallet. The payout and the closing are one commit. A closed account keeps its history, can sign "
                + "in and read, and any payment, top-up or withdrawal of it is 409 account_closed (a payment to it is 422 "
                + "payee_cannot_receive). Refusals: 409 pending_topups, pending_withdrawals, payments_in_flight (retry), "
                + "account_not_empty (a balance and no payout given); 403 account_frozen; 404 (no such wallet, or toWallet is "
                + "not one); 422 self_payment, payee_cannot_receive. Closing a closed account again answers 200 and pays out "
                + "what came back to it since (a rejected payout withdrawal).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesValidationProblem();

        return api;
    }

    public static async Task<Results<Ok<ClosedAccountResponse>, ProblemHttpResult>> CloseAccount(
        string id, JsonBody<CloseAccountRequest> body, IGrainFactory grains, ICashlessStore store, IFamilyStore families, IIdGenerator ids,
        CancellationToken ct)
    {
        if (await store.GetUserAsync(id, ct) is not { } closing)
        {
            return ApiProblem.NotFound("No such user.");
        }

        var request = body.Value;
        string? receiverId = null;
        if (request.ToWallet is { } toWallet)
        {
            receiverId = await PaymentsEndpoints.ResolvePayeeAsync(toWallet, store, ct);
            if (receiverId is null)
            {
                return ApiProblem.NotFound("The receiving wallet is not an active buyer or seller.");
            }

            // A guardian's money leaves its wallet only as an allowance (decision 0009): to one of its students.
            if (closing.Role == AccountRole.Guardian && !await ChildAccess.IsLinkedAsync(families, id, receiverId, ct))
            {
                return ApiProblem.NotFound("A guardian's balance moves only to one of its students.");
            }
        }

        return await CloseAsync(id, request, receiverId, grains, store, ids, ct);
    }

    /// <summary>
    /// Closes <paramref name="id"/>, paying its balance to the bank account of <paramref name="request"/> or to
    /// <paramref name="receiverId"/>, which the caller resolved and may name (an admin any wallet, a guardian a sibling).
    /// </summary>
    internal static async Task<Results<Ok<ClosedAccountResponse>, ProblemHttpResult>> CloseAsync(
        string id, CloseAccountRequest request, string? receiverId, IGrainFactory grains, ICashlessStore store, IIdGenerator ids,
        CancellationToken ct)
    {
        var order = request.PaysToBank
            ? new ClosingOrder(ids.NewId(IdPrefixes.Withdrawal), null, new BankPayee(request.BankCode!, request.AccountNumber!, request.AccountName!))
            : new ClosingOrder(ids.NewId(IdPrefixes.Payment), receiverId, null);
        var result = await grains.Reference<IAccountGrain>(id).Close(order);
        if (result.Outcome != LedgerOutcome.Ok)
        {
            return OutcomeProblems.ToProblem(result.Outcome);
        }

        var user = await store.GetUserAsync(id, ct) ?? throw new InvalidOperationException($"User {id} vanished.");
        var withdrawal = result.WithdrawalId is { } withdrawalId
            ? await store.GetWithdrawalAsync(withdrawalId, ct) ?? throw new InvalidOperationException($"Payout {withdrawalId} was held but is not stored.")
            : null;
        return TypedResults.Ok(new ClosedAccountResponse(
            UserResponse.Of(user),
            result.PaidOut.Rupiah,
            withdrawal is null ? null : WithdrawalResponse.ForAdmin(withdrawal),
            result.Payment is null ? null : PaymentResponse.Of(result.Payment, balanceAfter: null)));
    }
}
