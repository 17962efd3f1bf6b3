using Cashless.Bench.Http;

namespace Cashless.Bench.Setup;

/// <summary>A set-up call (not measured) got an answer the tool cannot go on from.</summary>
internal sealed class SetupFailedException(string message) : Exception(message)
{
    public static CallResult Require(CallResult answer, int status, string what)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Status == status)
        {
            return answer;
        }

        var body = System.Text.Encoding.UTF8.GetString(answer.Body);
        throw new SetupFailedException($"{what}: expected {status}, got {answer.Describe()} {body[..Math.Min(body.Length, 300)]}");
    }
}
