using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.TopUps;
using Cashless.WebApi.Errors;

namespace Cashless.WebApi.Tests;

/// <summary>A grain's refusal of an amount outside the limits reads exactly as the request readers' refusal of it.</summary>
public sealed class AmountOutOfRangeProblemTests
{
    [Fact]
    public void LedgerAndTopUpRefusals_Are400ValidationFailedOnAmount()
    {
        foreach (var problem in new[] { OutcomeProblems.ToProblem(LedgerOutcome.AmountOutOfRange), OutcomeProblems.ToProblem(TopUpOutcome.AmountOutOfRange) })
        {
            Assert.Equal(400, problem.StatusCode);
            Assert.Equal(ErrorCodes.ValidationFailed, problem.ProblemDetails.Extensions[ApiProblem.CodeKey]);
            var errors = Assert.IsAssignableFrom<IDictionary<string, string[]>>(problem.ProblemDetails.Extensions[ApiProblem.ErrorsKey]);
            Assert.Equal(["amount"], errors.Keys);
        }
    }
}
