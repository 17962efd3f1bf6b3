namespace Cashless.Cluster.Tests.Infrastructure;

/// <summary>A registered buyer or seller: its user (and account) id, a token, and what was topped up.</summary>
public sealed record Wallet(string Id, string Email, string Token, long TopUp);
