namespace Cashless.WebApi.Contracts;

/// <summary>The code the admin hands to the user (shown once), and until when it works.</summary>
public sealed record PasswordResetCodeResponse(string UserId, string Code, DateTime ExpiresAt);
