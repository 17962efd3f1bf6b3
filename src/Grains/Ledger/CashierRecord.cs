namespace Cashless.Grains.Ledger;

/// <summary>A cashier login and the one seller it works for; a disabled one cannot sign in again.</summary>
public sealed record CashierRecord(
    string UserId,
    string SellerId,
    string Name,
    string Email,
    bool Disabled,
    DateTimeOffset CreatedAt);
