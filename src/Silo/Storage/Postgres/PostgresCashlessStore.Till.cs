using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Till;
using Cashless.Grains.Ledger;

namespace Cashless.Silo.Storage.Postgres;

internal sealed partial class PostgresCashlessStore
{
    public Task<bool> CreateCashierAsync(UserRecord user, string sellerId, CancellationToken ct = default)
    {
        var link = TillStatements.InsertCashier(user, sellerId);
        return WriteAsync(NewUser(user).Add(link.Sql, link.Values));
    }

    public async Task<CashierRecord?> GetCashierAsync(string userId, CancellationToken ct = default) =>
        (await QueryAsync(TillStatements.Cashier(userId), TillRows.Cashier, ct)).FirstOrDefault();

    public async Task<IReadOnlyList<CashierRecord>> ListCashiersAsync(string sellerId, CancellationToken ct = default) =>
        await QueryAsync(TillStatements.CashiersOf(sellerId), TillRows.Cashier, ct);

    public async Task<bool> DisableCashierAsync(string userId, DateTimeOffset at, CancellationToken ct = default) =>
        await ExecuteAsync(TillStatements.DisableCashier(userId, at)) == 1;

    public async Task<PaymentRequestRecord?> GetPaymentRequestAsync(string requestId, CancellationToken ct = default) =>
        (await QueryAsync(TillStatements.PaymentRequest(requestId), TillRows.PaymentRequest, ct)).FirstOrDefault();

    public async Task<Money> GetRefundedAsync(string paymentId, CancellationToken ct = default) =>
        (await QueryAsync(TillStatements.Refunded(paymentId), TillRows.Amount, ct)).Single();
}
