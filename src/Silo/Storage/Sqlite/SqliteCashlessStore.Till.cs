using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Till;
using Cashless.Grains.Ledger;

namespace Cashless.Silo.Storage.Sqlite;

internal sealed partial class SqliteCashlessStore
{
    public async Task<bool> CreateCashierAsync(UserRecord user, string sellerId, CancellationToken ct = default) =>
        await CreateUserAsync(user, connection => Execute(connection, TillStatements.InsertCashier(user, sellerId)));

    public Task<CashierRecord?> GetCashierAsync(string userId, CancellationToken ct = default) =>
        Task.FromResult(Read(TillStatements.Cashier(userId), TillRows.Cashier).FirstOrDefault());

    public Task<IReadOnlyList<CashierRecord>> ListCashiersAsync(string sellerId, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<CashierRecord>>(Read(TillStatements.CashiersOf(sellerId), TillRows.Cashier));

    public Task<bool> DisableCashierAsync(string userId, DateTimeOffset at, CancellationToken ct = default) =>
        _writer.Write(connection => Execute(connection, TillStatements.DisableCashier(userId, at)) == 1, onConflict: false);

    public Task<PaymentRequestRecord?> GetPaymentRequestAsync(string requestId, CancellationToken ct = default) =>
        Task.FromResult(Read(TillStatements.PaymentRequest(requestId), TillRows.PaymentRequest).FirstOrDefault());

    public Task<Money> GetRefundedAsync(string paymentId, CancellationToken ct = default) =>
        Task.FromResult(Read(TillStatements.Refunded(paymentId), TillRows.Amount).Single());
}
