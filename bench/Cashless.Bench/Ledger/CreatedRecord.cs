using Cashless.Bench.Http;

namespace Cashless.Bench.Ledger;

/// <summary>Something the server answered 2xx to creating (a payment, a top-up), and the GET that must find it.</summary>
internal sealed record CreatedRecord(string Kind, string Id, ApiCall Lookup);
