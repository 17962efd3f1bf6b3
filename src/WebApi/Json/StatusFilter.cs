using System.Text.Json;
using Cashless.WebApi.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cashless.WebApi.Json;

/// <summary><c>?status=</c> on a list: one of the status names as the answers spell them (snake_case), or absent for all.</summary>
public static class StatusFilter
{
    public const string Field = "status";

    public static bool TryParse<TStatus>(string? text, out TStatus? status, out ProblemHttpResult? problem)
        where TStatus : struct, Enum
    {
        status = null;
        problem = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        foreach (var value in Enum.GetValues<TStatus>())
        {
            if (NameOf(value) == text)
            {
                status = value;
                return true;
            }
        }

        problem = ApiProblem.Validation(Field, $"must be one of: {string.Join(", ", Enum.GetValues<TStatus>().Select(NameOf))}");
        return false;
    }

    public static string NameOf<TStatus>(TStatus value)
        where TStatus : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
