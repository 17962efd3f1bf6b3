namespace Cashless.Bench.Http;

/// <summary>One request to the API, described so it can be sent again (same idempotency key) when its answer was lost.</summary>
internal sealed record ApiCall(
    HttpMethod Method,
    string Path,
    string? Token = null,
    string? JsonBody = null,
    string? IdempotencyKey = null);
