using Cashless.Grains.Interfaces.Accounts;

namespace Cashless.WebApi.Contracts;

public sealed record LoginUser(string Id, string Name, string Email, AccountRole Role);
