namespace Cashless.WebApi.Tests.Infrastructure;

/// <summary>A user a test made, signed in: <see cref="Client"/> sends its token.</summary>
public sealed record TestUser(string Id, string Name, string Email, string Password, string Role, string Token, HttpClient Client);
