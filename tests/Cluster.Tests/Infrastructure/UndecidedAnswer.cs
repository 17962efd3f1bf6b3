namespace Cashless.Cluster.Tests.Infrastructure;

/// <summary>An answer that left a keyed payment undecided (5xx or 409), with its problem code and <c>Retry-After</c>.</summary>
public sealed record UndecidedAnswer(string Front, int Status, string? Code, TimeSpan? RetryAfter);
