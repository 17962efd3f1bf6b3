namespace Cashless.Grains.Interfaces;

/// <summary>
/// References to string-keyed grains, made without Orleans' per-call reflection: <c>GetGrain&lt;T&gt;(string)</c> reads
/// the interface's attributes again on every call (Orleans 10.4), which was about 3% of the request path's CPU in
/// issue 9's profile. The grain and interface types <typeparamref name="T"/> resolves to are learnt from the first
/// reference made the usual way and reused with each new key: each of these interfaces has one grain class, so what it
/// resolves to is the same for every key and every caller in the process.
/// </summary>
public static class GrainReferences
{
    public static T Reference<T>(this IGrainFactory grains, string key)
        where T : IGrainWithStringKey
    {
        ArgumentNullException.ThrowIfNull(grains);
        if (Resolved<T>.Types is { } types)
        {
            return (T)grains.GetGrain(GrainId.Create(types.Grain, key), types.Interface);
        }

        var reference = grains.GetGrain<T>(key);
        var made = (GrainReference)(object)reference;
        Resolved<T>.Types = new ResolvedTypes(made.GrainId.Type, made.InterfaceType);
        return reference;
    }

    private sealed record ResolvedTypes(GrainType Grain, GrainInterfaceType Interface);

    private static class Resolved<T>
    {
        // A reference, so a reader sees either nothing yet or both types.
        public static ResolvedTypes? Types;
    }
}
