using Cashless.WebApi.Auth;
using Cashless.WebApi.Json;

namespace Cashless.WebApi.Contracts;

public sealed record ChangePasswordRequest(string CurrentPassword, string NewPassword) : IJsonRequest<ChangePasswordRequest>
{
    public static ChangePasswordRequest Read(JsonRequestReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new ChangePasswordRequest(
            reader.RequiredString("currentPassword", 1, PasswordPolicy.MaxLength),
            reader.RequiredString("newPassword", PasswordPolicy.MinLength, PasswordPolicy.MaxLength));
    }
}
