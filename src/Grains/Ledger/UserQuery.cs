using Cashless.Grains.Interfaces.Accounts;

namespace Cashless.Grains.Ledger;

/// <summary><see cref="Text"/> matches a part of the name or e-mail, case-insensitively.</summary>
public sealed record UserQuery(string? Text, AccountRole? Role, PageRequest Page);
