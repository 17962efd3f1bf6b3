namespace Cashless.WebApi.Contracts;

/// <summary>A one-time link code for a student: shown once (only its hash is kept), valid until <see cref="ExpiresAt"/>.</summary>
public sealed record LinkCodeResponse(string Code, string StudentId, DateTime ExpiresAt);
