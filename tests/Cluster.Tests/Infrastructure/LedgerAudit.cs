using Npgsql;
using Xunit;

namespace Cashless.Cluster.Tests.Infrastructure;

/// <summary>
/// The exact audit after a scenario, in SQL on the cluster's PostgreSQL database: every accepted payment completed
/// once (one debit, one credit, no reversal) and no other payment exists; every balance is the sum of its entries and
/// the one the answers imply; and money is conserved (balances + in flight = settled top-ups − withdrawals).
/// </summary>
public static class LedgerAudit
{
    private static readonly TimeSpan SettleDeadline = TimeSpan.FromSeconds(45);

    public static async Task AssertExact(string database, IReadOnlyCollection<PaymentAnswer> answers, IEnumerable<Wallet> buyers, IEnumerable<Wallet> sellers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        await using var db = NpgsqlDataSource.Create(database);
        await Eventually.True(async () => await Scalar(db, "SELECT COUNT(*) FROM payments WHERE state = 0") == 0,
            SettleDeadline, "the outbox delivered every payment left in flight");

        var accepted = answers.Where(answer => answer.Accepted).ToList();
        Assert.All(answers, answer => Assert.True(answer.Accepted, $"payment {answer.Key} was refused with {answer.Status}"));
        Assert.Equal(accepted.Count, accepted.Select(answer => answer.PaymentId).Distinct().Count());
        var ids = accepted.Select(answer => answer.PaymentId!).ToArray();
        var payers = buyers.Select(buyer => buyer.Id).ToArray();

        // Exactly the accepted payments exist, each completed, with one debit and one credit and no reversal.
        Assert.Equal(ids.Length, await Scalar(db, "SELECT COUNT(*) FROM payments WHERE payer_id = ANY($1)", payers));
        Assert.Equal(ids.Length, await Scalar(db, "SELECT COUNT(*) FROM payments WHERE id = ANY($1) AND state = 1", ids));
        Assert.Equal(ids.Length, await Scalar(db, "SELECT COUNT(*) FROM entries WHERE reference = ANY($1) AND kind = 1", ids));
        Assert.Equal(ids.Length, await Scalar(db, "SELECT COUNT(*) FROM entries WHERE reference = ANY($1) AND kind = 2", ids));
        Assert.Equal(0, await Scalar(db, "SELECT COUNT(*) FROM entries WHERE reference = ANY($1) AND kind NOT IN (1, 2)", ids));

        await AssertBalances(db, accepted, buyers, sellers);
        await AssertConserved(db);
    }

    /// <summary>Every balance equals its entries' sum, and the balance the accepted answers imply.</summary>
    private static async Task AssertBalances(NpgsqlDataSource db, List<PaymentAnswer> accepted, IEnumerable<Wallet> buyers, IEnumerable<Wallet> sellers)
    {
        Assert.Equal(0, await Scalar(db,
            "SELECT COUNT(*) FROM accounts a WHERE COALESCE((SELECT balance_after FROM entries n WHERE n.account_id = a.id ORDER BY n.seq DESC LIMIT 1), 0) <> (SELECT COALESCE(SUM(amount), 0) FROM entries e WHERE e.account_id = a.id)"));
        foreach (var buyer in buyers)
        {
            var paid = accepted.Where(answer => answer.Buyer.Id == buyer.Id).Sum(answer => answer.Amount);
            Assert.Equal(buyer.TopUp - paid, await Scalar(db, "SELECT COALESCE((SELECT balance_after FROM entries WHERE account_id = $1 ORDER BY seq DESC LIMIT 1), 0)", buyer.Id));
        }

        foreach (var seller in sellers)
        {
            var received = accepted.Where(answer => answer.Seller.Id == seller.Id).Sum(answer => answer.Amount);
            Assert.Equal(seller.TopUp + received, await Scalar(db, "SELECT COALESCE((SELECT balance_after FROM entries WHERE account_id = $1 ORDER BY seq DESC LIMIT 1), 0)", seller.Id));
        }
    }

    /// <summary>Σ balances + Σ in flight = Σ settled top-ups (a reversed one by what could not be taken back) − Σ withdrawals.</summary>
    private static async Task AssertConserved(NpgsqlDataSource db)
    {
        var held = await Scalar(db,
            "SELECT (SELECT COALESCE(SUM(COALESCE((SELECT balance_after FROM entries n WHERE n.account_id = a.id ORDER BY n.seq DESC LIMIT 1), 0)), 0) FROM accounts a) + (SELECT COALESCE(SUM(amount), 0) FROM payments WHERE state = 0)");
        var came = await Scalar(db,
            """
            SELECT (SELECT COALESCE(SUM(CASE status WHEN 2 THEN amount WHEN 8 THEN amount - recovered ELSE 0 END), 0) FROM topups)
                 - (SELECT COALESCE(SUM(amount), 0) FROM withdrawals WHERE status IN (0, 1))
            """);
        Assert.Equal(came, held);
    }

    private static async Task<long> Scalar(NpgsqlDataSource db, string sql, object? parameter = null)
    {
        await using var command = db.CreateCommand(sql);
        if (parameter is not null)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), global::System.Globalization.CultureInfo.InvariantCulture);
    }
}
