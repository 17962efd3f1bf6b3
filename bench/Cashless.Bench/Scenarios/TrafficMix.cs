using Cashless.Bench.Load;

namespace Cashless.Bench.Scenarios;

/// <summary>A weighted choice of call makers; <see cref="Plan"/> draws a whole step's calls up front from a seeded random.</summary>
internal sealed class TrafficMix(string name, IReadOnlyList<TrafficMix.Part> parts)
{
    public string Name => name;

    /// <summary>The share of calls that are payments (to size amounts and funding).</summary>
    public double PaymentShare => parts.Where(p => p.Operation == Operations.Payment).Sum(p => p.Share) / parts.Sum(p => p.Share);

    public IReadOnlyList<PlannedCall> Plan(int count, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var total = parts.Sum(p => p.Share);
        var calls = new PlannedCall[count];
        for (var i = 0; i < count; i++)
        {
            calls[i] = Pick(random.NextDouble() * total).Make(random);
        }

        return calls;
    }

    private Part Pick(double point)
    {
        foreach (var part in parts)
        {
            if (point < part.Share)
            {
                return part;
            }

            point -= part.Share;
        }

        return parts[^1];
    }

    internal sealed record Part(double Share, string Operation, Func<Random, PlannedCall> Make);
}
