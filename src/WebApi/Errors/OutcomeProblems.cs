using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.Grains.Interfaces.Withdrawals;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cashless.WebApi.Errors;

/// <summary>
/// The one table from the grains' outcomes (<see cref="LedgerOutcome"/>, <see cref="TopUpOutcome"/>,
/// <see cref="WithdrawalOutcome"/>) to the contract's status and code. The top-up and withdrawal refusals that are about
/// the account read exactly as the ledger's.
/// </summary>
public static class OutcomeProblems
{
    public const string RemainingTodayKey = "remainingToday";

    public const string OverloadedDetail = "The service is busy; nothing was done. Retry after the time in Retry-After.";

    public static ProblemHttpResult ToProblem(LedgerOutcome outcome, string? paymentId = null)
    {
        if (outcome == LedgerOutcome.AmountOutOfRange)
        {
            // The grains' own check of what the request readers refuse first: the same answer as theirs.
            return ApiProblem.Validation("amount", "is outside the limits (limits in GET /api/v1/wallet)");
        }

        var (status, code, detail) = outcome switch
        {
            LedgerOutcome.AccountNotFound => (404, ErrorCodes.NotFound, "The account does not exist."),
            LedgerOutcome.AccountFrozen => (403, ErrorCodes.AccountFrozen, "The account is frozen."),
            LedgerOutcome.NotAWallet => (404, ErrorCodes.NotFound, "The user holds no wallet."),
            LedgerOutcome.SelfPayment => (422, ErrorCodes.SelfPayment, "A payment to yourself is not allowed."),
            LedgerOutcome.CounterpartyNotFound => (404, ErrorCodes.NotFound, "The payee is not an active buyer or seller."),
            LedgerOutcome.PayeeCannotReceive => (422, ErrorCodes.PayeeCannotReceive, "The payee cannot receive this payment now."),
            LedgerOutcome.InsufficientFunds => (422, ErrorCodes.InsufficientFunds, "The balance is too low for this amount."),
            LedgerOutcome.BalanceLimitExceeded => (422, ErrorCodes.BalanceLimitExceeded, "The credit would take the receiving balance above its limit."),
            LedgerOutcome.DailyLimitExceeded => (422, ErrorCodes.DailyLimitExceeded, "The payment would pass today's spending limit."),
            LedgerOutcome.PaymentLimitExceeded => (422, ErrorCodes.PaymentLimitExceeded, "The payment is above the limit for one payment."),
            LedgerOutcome.OperationReused => (422, ErrorCodes.IdempotencyKeyReused, "This Idempotency-Key was used for a different request."),
            LedgerOutcome.Overloaded => (503, ErrorCodes.Overloaded, OverloadedDetail),
            LedgerOutcome.AccountNotEmpty => (409, ErrorCodes.AccountNotEmpty,
                "The wallet still holds or owes money; it must be empty before the user takes a role without a wallet, leaves one, or becomes or stops being a guardian."),
            LedgerOutcome.AccountClosed => (409, ErrorCodes.AccountClosed, "The account is closed: it can neither pay, receive, be topped up nor withdraw."),
            LedgerOutcome.PendingTopUps => (409, ErrorCodes.PendingTopUps,
                "A top-up of the account is pending, awaiting review or flagged; decide it before closing the account."),
            LedgerOutcome.PendingWithdrawals => (409, ErrorCodes.PendingWithdrawals,
                "A withdrawal of the account is pending; complete or reject it before closing the account."),
            LedgerOutcome.PaymentsInFlight => (409, ErrorCodes.PaymentsInFlight,
                "A payment or withdrawal of the account stayed in flight, or another close of it is running; nothing was done, try again in a moment."),
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "not a refusal"),
        };
        var problem = ApiProblem.Details(status, code, detail);
        if (paymentId is not null)
        {
            problem.Extensions["paymentId"] = paymentId;
        }

        return TypedResults.Problem(problem);
    }

    /// <summary>A payer's refusal; under a daily limit it also says what is left to spend today (<c>remainingToday</c>).</summary>
    public static ProblemHttpResult ToProblem(PaymentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var problem = ToProblem(result.Outcome, result.Payment?.Id);
        if (result.RemainingToday is { } remaining)
        {
            problem.ProblemDetails.Extensions[RemainingTodayKey] = remaining.Rupiah;
        }

        return problem;
    }

    public static ProblemHttpResult ToProblem(TopUpOutcome outcome) => outcome switch
    {
        TopUpOutcome.NotFound => ApiProblem.NotFound("No such top-up."),
        TopUpOutcome.AlreadyReviewed => ApiProblem.Of(StatusCodes.Status409Conflict, ErrorCodes.AlreadyReviewed,
            "The top-up is not awaiting review: it was approved or rejected already, or it is not a bank transfer."),
        TopUpOutcome.DuplicateTransfer => ApiProblem.Of(StatusCodes.Status409Conflict, ErrorCodes.DuplicateTransfer,
            "Another claim carries this transfer reference (see possibleDuplicateOf), or one that does was approved already. "
            + "Check the statement: approve with {\"confirmDuplicate\": true} only if this is a transfer of its own."),
        TopUpOutcome.AccountNotFound => ToProblem(LedgerOutcome.AccountNotFound),
        TopUpOutcome.AccountFrozen => ToProblem(LedgerOutcome.AccountFrozen),
        TopUpOutcome.NotAWallet => ToProblem(LedgerOutcome.NotAWallet),
        TopUpOutcome.BalanceLimitExceeded => ToProblem(LedgerOutcome.BalanceLimitExceeded),
        TopUpOutcome.OperationReused => ToProblem(LedgerOutcome.OperationReused),
        TopUpOutcome.AmountOutOfRange => ToProblem(LedgerOutcome.AmountOutOfRange),
        TopUpOutcome.AccountClosed => ToProblem(LedgerOutcome.AccountClosed),
        TopUpOutcome.SameAdmin => ApiProblem.Forbidden("A cash-desk top-up needs a second admin: another admin approves it."),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "not a refusal"),
    };

    public static ProblemHttpResult ToProblem(WithdrawalOutcome outcome) => outcome switch
    {
        WithdrawalOutcome.NotFound => ApiProblem.NotFound("No such withdrawal."),
        WithdrawalOutcome.AlreadyReviewed => ApiProblem.Of(StatusCodes.Status409Conflict, ErrorCodes.AlreadyReviewed,
            "The withdrawal is not pending: it was completed or rejected already."),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "not a refusal"),
    };
}
