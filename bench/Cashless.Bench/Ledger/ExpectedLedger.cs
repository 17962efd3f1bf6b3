using Cashless.Bench.Http;
using Cashless.Bench.Setup;

namespace Cashless.Bench.Ledger;

/// <summary>
/// The balances every tracked wallet must have, worked out only from the server's own decided answers: a 2xx moved
/// money, a 4xx moved none. Answers that never came are kept to be asked again (same idempotency key) by the audit;
/// without a key their wallets become uncertain and are left out of the exact comparison.
/// </summary>
internal sealed class ExpectedLedger
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, long> _balances = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Account> _accounts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _uncertain = new(StringComparer.Ordinal);
    private readonly List<CreatedRecord> _created = [];
    private readonly List<InFlightPayment> _inFlight = [];
    private readonly List<(string PaymentId, Account Payer)> _reversed = [];
    private readonly List<MoneyRequest> _unsettled = [];
    private readonly List<string> _malformed = [];

    /// <summary>Start tracking a wallet that was just registered (balance 0).</summary>
    public void Track(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        lock (_gate)
        {
            _accounts[account.Id] = account;
            _balances[account.Id] = 0;
        }
    }

    public void Settle(MoneyRequest request, CallResult answer)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.IsDecided)
        {
            Apply(request, answer);
            return;
        }

        lock (_gate)
        {
            if (request.Call.IdempotencyKey is not null)
            {
                _unsettled.Add(request);
            }
            else
            {
                _uncertain.UnionWith(request.Accounts);
            }
        }
    }

    /// <summary>Answers that broke the contract (a 2xx whose body lacks what api.md promises).</summary>
    public IReadOnlyList<string> MalformedAnswers() => Copy(_malformed);

    public void Malformed(MoneyRequest request, CallResult answer, string what)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(answer);
        var replayed = answer.Replayed ? " (an idempotent replay)" : "";
        Add(_malformed, $"{request.Call.Method} /{request.Call.Path}: {what}{replayed}, body \"{Snippet(answer.Body)}\"");
    }

    public void Move(string accountId, long delta)
    {
        lock (_gate)
        {
            if (_balances.TryGetValue(accountId, out var balance))
            {
                _balances[accountId] = checked(balance + delta);
            }
        }
    }

    public void Created(CreatedRecord record) => Add(_created, record);

    public void InFlight(InFlightPayment payment) => Add(_inFlight, payment);

    public void Reversed(string paymentId, Account payer) => Add(_reversed, (paymentId, payer));

    public void Uncertain(IEnumerable<string> accounts)
    {
        lock (_gate)
        {
            _uncertain.UnionWith(accounts);
        }
    }

    public long Expected(string accountId)
    {
        lock (_gate)
        {
            return _balances[accountId];
        }
    }

    public IReadOnlyList<Account> Accounts() => Copy(_accounts.Values);

    public bool IsUncertain(string accountId)
    {
        lock (_gate)
        {
            return _uncertain.Contains(accountId);
        }
    }

    public IReadOnlyList<CreatedRecord> CreatedRecords() => Copy(_created);

    public IReadOnlyList<(string PaymentId, Account Payer)> ReversedPayments() => Copy(_reversed);

    /// <summary>Hands over the in-flight payments (the caller books their outcome or puts them back).</summary>
    public IReadOnlyList<InFlightPayment> TakeInFlight() => Take(_inFlight);

    /// <summary>Hands over the requests whose answer never came (the caller asks again and settles them).</summary>
    public IReadOnlyList<MoneyRequest> TakeUnsettled() => Take(_unsettled);

    private void Apply(MoneyRequest request, CallResult answer)
    {
        try
        {
            request.Apply(this, answer);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // Where the effect cannot be told from the answer, the wallets leave the exact comparison.
            Malformed(request, answer, $"{answer.Describe()} that could not be read ({e.GetType().Name})");
            Uncertain(request.Accounts);
        }
    }

    private static string Snippet(byte[] body) =>
        System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 80));

    private void Add<T>(List<T> list, T item)
    {
        lock (_gate)
        {
            list.Add(item);
        }
    }

    private List<T> Copy<T>(IEnumerable<T> items)
    {
        lock (_gate)
        {
            return [.. items];
        }
    }

    private List<T> Take<T>(List<T> list)
    {
        lock (_gate)
        {
            var taken = new List<T>(list);
            list.Clear();
            return taken;
        }
    }
}
