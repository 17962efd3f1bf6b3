namespace Cashless.WebApi.Contracts;

/// <summary>The answer to read-all: how many notifications were unread and are now marked read (0 when none were).</summary>
public sealed record ReadAllResponse(int Marked);
