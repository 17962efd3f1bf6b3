using System.Text.Json.Serialization;

namespace Cashless.Bench.Audit;

[JsonConverter(typeof(JsonStringEnumConverter<CheckVerdict>))]
internal enum CheckVerdict
{
    Passed,
    Failed,

    /// <summary>Something the server did that deserves a look but breaks no money rule (e.g. errors in its log).</summary>
    Warning,

    /// <summary>The server has no such endpoint yet (404), so this could not be checked.</summary>
    NotAvailable,
}
