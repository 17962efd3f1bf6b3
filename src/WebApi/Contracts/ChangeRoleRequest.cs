using Cashless.Grains.Interfaces.Accounts;
using Cashless.WebApi.Auth;
using Cashless.WebApi.Json;

namespace Cashless.WebApi.Contracts;

/// <summary>An admin gives a user another role.</summary>
public sealed record ChangeRoleRequest(AccountRole Role) : IJsonRequest<ChangeRoleRequest>
{
    public static ChangeRoleRequest Read(JsonRequestReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var role = reader.OptionalEnum("role", RoleNames.All);
        if (role is null && !reader.Has("role"))
        {
            reader.AddError("role", "is required");
        }

        return new ChangeRoleRequest(role ?? AccountRole.Buyer);
    }
}
