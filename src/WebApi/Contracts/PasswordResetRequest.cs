using Cashless.WebApi.Auth;
using Cashless.WebApi.Json;

namespace Cashless.WebApi.Contracts;

/// <summary>A user sets a new password with the one-time code an admin handed over.</summary>
public sealed record PasswordResetRequest(string Email, string Code, string NewPassword) : IJsonRequest<PasswordResetRequest>
{
    public static PasswordResetRequest Read(JsonRequestReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new PasswordResetRequest(
            EmailAddress.Normalize(reader.RequiredString("email", 1, JsonRequestReader.MaxEmailLength)),
            reader.RequiredString("code", 1, 64),
            reader.RequiredString("newPassword", PasswordPolicy.MinLength, PasswordPolicy.MaxLength));
    }
}
