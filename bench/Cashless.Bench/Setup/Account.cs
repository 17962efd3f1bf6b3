namespace Cashless.Bench.Setup;

/// <summary>A wallet the tool created and signed in as; <see cref="Token"/> is never logged out by a scenario.</summary>
internal sealed record Account(string Id, string Email, string Role, string Token);
