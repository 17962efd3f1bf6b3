namespace Cashless.WebApi.Contracts;

/// <summary>A page of a list, newest first; pass <see cref="NextCursor"/> as <c>?before=</c> for the next page.</summary>
public sealed record PageResponse<T>(IReadOnlyList<T> Items, string? NextCursor);
