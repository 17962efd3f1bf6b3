namespace Cashless.WebApi.Contracts;

/// <summary><c>healthy</c>, <c>degraded</c> or <c>unhealthy</c>, overall and per check (never an exception's text).</summary>
public sealed record HealthResponse(string Status, IReadOnlyDictionary<string, string> Checks);
