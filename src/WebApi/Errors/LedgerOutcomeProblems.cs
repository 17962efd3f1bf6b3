using Cashless.Grains.Interfaces.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cashless.WebApi.Errors;

/// <summary>The one table from the grains' <see cref="LedgerOutcome"/> to the contract's status and code.</summary>
public static class LedgerOutcomeProblems
{
    public static ProblemHttpResult ToProblem(LedgerOutcome outcome, string? paymentId = null)
    {
        var (status, code, detail) = outcome switch
        {
            LedgerOutcome.AccountNotFound => (404, ErrorCodes.NotFound, "The account does not exist."),
            LedgerOutcome.AccountFrozen => (403, ErrorCodes.AccountFrozen, "The account is frozen."),
            LedgerOutcome.NotAWallet => (404, ErrorCodes.NotFound, "The user holds no wallet."),
            LedgerOutcome.SelfPayment => (422, ErrorCodes.SelfPayment, "A payment to yourself is not allowed."),
            LedgerOutcome.CounterpartyNotFound => (404, ErrorCodes.NotFound, "The payee is not an active buyer or seller."),
            LedgerOutcome.CounterpartyFrozen => (403, ErrorCodes.AccountFrozen, "The payee's account is frozen."),
            LedgerOutcome.InsufficientFunds => (422, ErrorCodes.InsufficientFunds, "The balance is too low for this amount."),
            LedgerOutcome.BalanceLimitExceeded => (422, ErrorCodes.BalanceLimitExceeded, "The credit would take the receiving balance above its limit."),
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "not a refusal"),
        };
        var problem = ApiProblem.Details(status, code, detail);
        if (paymentId is not null)
        {
            problem.Extensions["paymentId"] = paymentId;
        }

        return TypedResults.Problem(problem);
    }
}
