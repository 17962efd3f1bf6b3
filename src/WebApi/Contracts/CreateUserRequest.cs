using Cashless.Grains.Interfaces.Accounts;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Json;

namespace Cashless.WebApi.Contracts;

/// <summary>An admin creates a user of any role (a canteen seller, another admin, a buyer).</summary>
public sealed record CreateUserRequest(string Name, string Email, string Password, AccountRole Role) : IJsonRequest<CreateUserRequest>
{
    public static CreateUserRequest Read(JsonRequestReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var name = reader.RequiredName("name", RegisterRequest.MaxNameLength);
        var email = reader.RequiredEmail("email");
        var password = reader.RequiredString("password", PasswordPolicy.MinLength, PasswordPolicy.MaxLength);
        var role = reader.OptionalEnum("role", RoleNames.AdminCreated);
        if (role is null && !reader.Has("role"))
        {
            reader.AddError("role", "is required");
        }

        RegisterRequest.CheckPassword(reader, "password", password, email, name);
        return new CreateUserRequest(name, email, password, role ?? AccountRole.Buyer);
    }
}
