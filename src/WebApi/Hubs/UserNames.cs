using System.Collections.Concurrent;
using Cashless.Grains.Ledger;

namespace Cashless.WebApi.Hubs;

/// <summary>
/// The names the community feed shows beside each event, read from the store once per user and then kept: no API
/// renames a user, so a kept name never goes stale. At most one entry per user of the community, which is small.
/// </summary>
public sealed class UserNames(IUserStore users)
{
    private readonly ConcurrentDictionary<string, string> _names = new(StringComparer.Ordinal);

    /// <summary>The user's name, or null when there is no such user (a name is never worth failing a push for).</summary>
    public async Task<string?> NameOfAsync(string userId)
    {
        if (_names.TryGetValue(userId, out var known))
        {
            return known;
        }

        if (await users.GetUserAsync(userId) is not { } user)
        {
            return null;
        }

        _names.TryAdd(userId, user.Name);
        return user.Name;
    }
}
