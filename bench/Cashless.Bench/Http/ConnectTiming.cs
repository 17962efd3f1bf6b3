namespace Cashless.Bench.Http;

/// <summary>Carried in a request's options so the connect callback can charge a new connection to the request that caused it.</summary>
internal sealed class ConnectTiming
{
    public static readonly HttpRequestOptionsKey<ConnectTiming> Key = new("cashless.bench.connect");

    public TimeSpan Elapsed { get; set; }
}
