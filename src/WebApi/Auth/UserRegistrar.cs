using Cashless.Grains.Common;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;

namespace Cashless.WebApi.Auth;

/// <summary>Opens a user and its account: hashes here, then the account grain creates both in one transaction.</summary>
public sealed class UserRegistrar(IGrainFactory grains, IIdGenerator ids, IUserStore users, PasswordService passwords)
{
    /// <summary>The new user, or null when the e-mail (already lower-cased) is taken.</summary>
    public async Task<UserRecord?> RegisterAsync(string name, string email, string password, AccountRole role, CancellationToken ct)
    {
        var hash = await passwords.HashAsync(password, ct);
        var userId = ids.NewId(IdPrefixes.User);
        if (!await grains.Reference<IAccountGrain>(userId).Open(new NewAccount(name, email, hash, role)))
        {
            return null;
        }

        return await users.GetUserAsync(userId, ct)
            ?? throw new InvalidOperationException($"User {userId} was opened but cannot be read back.");
    }
}
