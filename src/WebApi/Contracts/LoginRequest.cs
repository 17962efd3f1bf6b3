using Cashless.WebApi.Auth;
using Cashless.WebApi.Json;

namespace Cashless.WebApi.Contracts;

public sealed record LoginRequest(string Email, string Password) : IJsonRequest<LoginRequest>
{
    public static LoginRequest Read(JsonRequestReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);

        // Only the shape is checked: a wrong address and a wrong password are the same 401.
        return new LoginRequest(
            EmailAddress.Normalize(reader.RequiredString("email", 1, JsonRequestReader.MaxEmailLength)),
            reader.RequiredString("password", 1, PasswordPolicy.MaxLength));
    }
}
