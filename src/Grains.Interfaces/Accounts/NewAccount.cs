namespace Cashless.Grains.Interfaces.Accounts;

/// <summary>A user to open: the password arrives already hashed, so hashing never runs inside a grain turn.</summary>
[GenerateSerializer, Immutable, Alias("Cashless.NewAccount")]
public sealed record NewAccount(
    [property: Id(0)] string Name,
    [property: Id(1)] string Email,
    [property: Id(2)] string PasswordHash,
    [property: Id(3)] AccountRole Role);
