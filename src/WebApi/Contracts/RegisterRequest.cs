using Cashless.Grains.Interfaces.Accounts;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Json;

namespace Cashless.WebApi.Contracts;

/// <summary>Sign-up. <see cref="Role"/> is <c>buyer</c> (the default) or <c>seller</c>; <see cref="Email"/> is case-insensitive.</summary>
public sealed record RegisterRequest(string Name, string Email, string Password, AccountRole? Role = null) : IJsonRequest<RegisterRequest>
{
    public const int MaxNameLength = 100;

    public static RegisterRequest Read(JsonRequestReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var request = new RegisterRequest(
            reader.RequiredName("name", MaxNameLength),
            reader.RequiredEmail("email"),
            reader.RequiredString("password", PasswordPolicy.MinLength, PasswordPolicy.MaxLength),
            reader.OptionalEnum("role", RoleNames.SelfService));
        CheckPassword(reader, "password", request.Password, request.Email, request.Name);
        return request;
    }

    /// <summary>Adds <see cref="PasswordPolicy"/>'s refusal of a new password that passed its length check.</summary>
    public static void CheckPassword(JsonRequestReader reader, string field, string password, string email, string? name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (password.Length >= PasswordPolicy.MinLength && PasswordPolicy.Refusal(password, email, name) is { } refusal)
        {
            reader.AddError(field, refusal);
        }
    }
}
