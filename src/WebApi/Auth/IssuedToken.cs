namespace Cashless.WebApi.Auth;

public sealed record IssuedToken(string Token, string TokenId, DateTimeOffset ExpiresAt);
