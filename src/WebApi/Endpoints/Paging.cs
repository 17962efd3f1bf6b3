using Cashless.Grains.Ledger;
using Cashless.WebApi.Contracts;
using Cashless.WebApi.Errors;
using Cashless.WebApi.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cashless.WebApi.Endpoints;

/// <summary>The contract's list paging: <c>?limit=</c> 1..200 (default 50) and <c>?before=</c> a cursor from the last page.</summary>
public static class Paging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
    public const int MaxCursorLength = 512;
    public const int MaxIdLength = 100;

    public static bool TryCreate(int? limit, string? before, out PageRequest page, out ProblemHttpResult? problem)
    {
        page = new PageRequest(limit ?? DefaultLimit, null);
        problem = null;
        if (page.Limit is < 1 or > MaxLimit)
        {
            problem = ApiProblem.Validation("limit", $"must be between 1 and {MaxLimit}");
            return false;
        }

        if (string.IsNullOrEmpty(before))
        {
            return true;
        }

        if (before.Length > MaxCursorLength || !ListCursor.TryUnwrap(before, out var storeCursor))
        {
            problem = ApiProblem.Validation("before", "is not a cursor of this list");
            return false;
        }

        page = page with { Before = storeCursor };
        return true;
    }

    public static PageResponse<TItem> Respond<TRecord, TItem>(Page<TRecord> page, Func<TRecord, TItem> map)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new PageResponse<TItem>(page.Items.Select(map).ToList(), ListCursor.Wrap(page.NextCursor));
    }

    /// <summary>A list with <c>?status=</c>, <c>?limit=</c> and <c>?before=</c>: checks all three, then runs <paramref name="query"/>.</summary>
    public static async Task<Results<Ok<PageResponse<TItem>>, ProblemHttpResult>> ListByStatusAsync<TStatus, TRecord, TItem>(
        string? status, int? limit, string? before, Func<TStatus?, PageRequest, Task<Page<TRecord>>> query, Func<TRecord, TItem> map)
        where TStatus : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!TryCreate(limit, before, out var page, out var problem) || !StatusFilter.TryParse<TStatus>(status, out var filter, out problem))
        {
            return problem!;
        }

        return TypedResults.Ok(Respond(await query(filter, page), map));
    }

    /// <summary>A query filter such as <c>?userId=</c>: absent and empty both mean "all".</summary>
    public static string? OptionalFilter(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>An id of this kind, as the API hands them out; anything else is answered 404 without a lookup.</summary>
    public static bool IsId(string id, string prefix) =>
        id is { Length: <= MaxIdLength } && id.StartsWith(prefix, StringComparison.Ordinal);
}
