using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Till;

namespace Cashless.Grains.Ledger;

/// <summary>
/// What the till needs beyond the ledger: cashiers, payment requests (written as record changes through
/// <see cref="IMoneyRecordStore.ApplyChangesAsync"/>) and the refunds of a payment (written with the seller's commit).
/// </summary>
public interface ITillStore
{
    /// <summary>Creates the cashier's user, its (walletless) account and its link to the seller in one transaction. False when the e-mail is taken.</summary>
    Task<bool> CreateCashierAsync(UserRecord user, string sellerId, CancellationToken ct = default);

    Task<CashierRecord?> GetCashierAsync(string userId, CancellationToken ct = default);

    /// <summary>The seller's cashiers, oldest first.</summary>
    Task<IReadOnlyList<CashierRecord>> ListCashiersAsync(string sellerId, CancellationToken ct = default);

    /// <summary>Marks the cashier disabled (again, if it was); false when there is no such cashier.</summary>
    Task<bool> DisableCashierAsync(string userId, DateTimeOffset at, CancellationToken ct = default);

    Task<PaymentRequestRecord?> GetPaymentRequestAsync(string requestId, CancellationToken ct = default);

    /// <summary>The sum of the refunds of a payment that were not reversed (completed or still in flight).</summary>
    Task<Money> GetRefundedAsync(string paymentId, CancellationToken ct = default);
}
