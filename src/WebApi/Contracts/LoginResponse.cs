namespace Cashless.WebApi.Contracts;

public sealed record LoginResponse(string Token, string TokenType, DateTime ExpiresAt, LoginUser User);
