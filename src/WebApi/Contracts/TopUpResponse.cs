using Cashless.Grains.Interfaces.TopUps;

namespace Cashless.WebApi.Contracts;

/// <summary>A top-up; for the cash desk it is settled at once and <see cref="BalanceAfter"/> is the wallet's new balance.</summary>
public sealed record TopUpResponse(
    string Id,
    string AccountId,
    TopUpChannel Channel,
    TopUpStatus Status,
    long Amount,
    string? Note,
    string? CreatedBy,
    long BalanceAfter,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public static TopUpResponse Of(TopUpRecord topUp, long balanceAfter)
    {
        ArgumentNullException.ThrowIfNull(topUp);
        return new TopUpResponse(topUp.Id, topUp.AccountId, topUp.Channel, topUp.Status, topUp.Amount.Rupiah, topUp.Note,
            topUp.CreatedBy, balanceAfter, ApiTime.Of(topUp.CreatedAt), ApiTime.Of(topUp.UpdatedAt));
    }
}
