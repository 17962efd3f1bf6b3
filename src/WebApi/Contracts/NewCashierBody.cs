using Cashless.WebApi.Auth;
using Cashless.WebApi.Json;

namespace Cashless.WebApi.Contracts;

/// <summary>A seller opens a login for someone at its till; the same rules as sign-up.</summary>
public sealed record NewCashierBody(string Name, string Email, string Password) : IJsonRequest<NewCashierBody>
{
    public static NewCashierBody Read(JsonRequestReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new NewCashierBody(
            reader.RequiredName("name", RegisterRequest.MaxNameLength),
            reader.RequiredEmail("email"),
            reader.RequiredString("password", PasswordPolicy.MinLength, PasswordPolicy.MaxLength));
    }
}
