using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;

namespace Cashless.WebApi.Contracts;

public sealed record UserResponse(string Id, string Name, string Email, AccountRole Role, AccountStatus Status, DateTime CreatedAt)
{
    public static UserResponse Of(UserRecord user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new UserResponse(user.Id, user.Name, user.Email, user.Role, user.Status, ApiTime.Of(user.CreatedAt));
    }
}
