using Microsoft.AspNetCore.Http.HttpResults;

namespace Cashless.WebApi.Errors;

/// <summary>The problems of the payment-gateway edge: top-up charges and Midtrans notifications.</summary>
public static class GatewayProblems
{
    public const string TopUpIdKey = "topUpId";

    public static ProblemHttpResult NotConfigured() => ApiProblem.Of(StatusCodes.Status503ServiceUnavailable,
        ErrorCodes.GatewayNotConfigured, "Virtual-account top-ups are not available: no Midtrans server key is configured.");

    /// <summary>502 for a charge that did not issue a virtual account; the detail says what became of the top-up.</summary>
    public static ProblemHttpResult Error(string detail, string topUpId)
    {
        var problem = ApiProblem.Details(StatusCodes.Status502BadGateway, ErrorCodes.GatewayError, detail);
        problem.Extensions[TopUpIdKey] = topUpId;
        return TypedResults.Problem(problem);
    }

    public static ProblemHttpResult InvalidSignature() => ApiProblem.Of(StatusCodes.Status401Unauthorized,
        ErrorCodes.InvalidSignature, "The signature_key does not match this notification.");

    /// <summary>503 makes Midtrans retry the notification (4 times); reconciliation also catches up.</summary>
    public static ProblemHttpResult StatusUnavailable() => ApiProblem.Of(StatusCodes.Status503ServiceUnavailable,
        ErrorCodes.ServiceUnavailable, "The transaction status could not be confirmed with Midtrans; retry later.");
}
