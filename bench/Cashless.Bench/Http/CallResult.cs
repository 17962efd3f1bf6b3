using System.Text.Json;

namespace Cashless.Bench.Http;

/// <summary>
/// An answer with its timings, all measured from the intended send time: <see cref="Latency"/> to the response headers
/// (JMeter's "latency"), <see cref="LoadTime"/> to the last byte, <see cref="Connect"/> the TCP connect this request
/// caused (zero on a reused connection), <see cref="SendLag"/> how late the load generator actually sent it.
/// Status 0 means no answer (connection error or time-out, see <see cref="Error"/>). <see cref="Replayed"/>: the
/// server said <c>Idempotent-Replayed: true</c>.
/// </summary>
internal sealed record CallResult(
    int Status,
    TimeSpan Latency,
    TimeSpan LoadTime,
    TimeSpan Connect,
    TimeSpan SendLag,
    byte[] Body,
    string? Error,
    long CompletedAt,
    bool Replayed = false)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>
    /// Whether the server decided the request: any answer but none at all, a 5xx, a 429 or a 409 request_in_progress,
    /// after which the effect is unknown and the audit asks again with the same idempotency key.
    /// </summary>
    public bool IsDecided => Status is >= 200 and < 500 and not 429 && !(Status == 409 && Code() == "request_in_progress");

    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Body);
        return document.RootElement.Clone();
    }

    /// <summary>The problem details' <c>code</c> of a 4xx or 5xx answer.</summary>
    public string? Code()
    {
        if (Status < 400)
        {
            return null;
        }

        try
        {
            return Body.Length > 0 && Json() is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("code", out var code)
                ? code.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>"201", "422 insufficient_funds" or "no answer: timeout": how the answers of a run are counted.</summary>
    public string Describe() => Status == 0 ? $"no answer: {Error}" : $"{Status} {Code()}".TrimEnd();
}
