using Cashless.Grains.Ledger;

namespace Cashless.WebApi.Contracts;

/// <summary>A cashier of the seller; <see cref="Status"/> is <c>active</c> or <c>disabled</c>.</summary>
public sealed record CashierResponse(string Id, string Name, string Email, string Status, DateTime CreatedAt)
{
    public static CashierResponse Of(CashierRecord cashier)
    {
        ArgumentNullException.ThrowIfNull(cashier);
        return new CashierResponse(cashier.UserId, cashier.Name, cashier.Email, cashier.Disabled ? "disabled" : "active",
            ApiTime.Of(cashier.CreatedAt));
    }
}
