using Cashless.Grains.Interfaces.Accounts;

namespace Cashless.Grains.Interfaces.Sessions;

/// <summary>
/// What one token may do now: whether it was revoked, and the user's current role and status (null role: the user
/// does not exist). Held by the user's session grain, so a freeze or a role change applies to the next request.
/// </summary>
[GenerateSerializer, Immutable, Alias("Cashless.SessionAccess")]
public sealed record SessionAccess(
    [property: Id(0)] bool Revoked,
    [property: Id(1)] AccountRole? Role,
    [property: Id(2)] AccountStatus Status);
