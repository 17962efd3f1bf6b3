using Cashless.Grains.Ledger;
using Cashless.WebApi.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cashless.WebApi.Endpoints;

/// <summary>The contract's list paging: <c>?limit=</c> 1..200 (default 50) and <c>?before=</c> a cursor from the last page.</summary>
public static class Paging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
    public const int MaxCursorLength = 512;

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

    public static Contracts.PageResponse<TItem> Respond<TRecord, TItem>(Page<TRecord> page, Func<TRecord, TItem> map)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new Contracts.PageResponse<TItem>(page.Items.Select(map).ToList(), ListCursor.Wrap(page.NextCursor));
    }
}
