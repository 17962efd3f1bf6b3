using System.Globalization;

namespace Cashless.TestSupport;

/// <summary>Reads the Prometheus text format just enough for the tests: the sum of a metric's matching series.</summary>
public static class PrometheusText
{
    public static double Sum(string text, string name, string labels = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Split('\n')
            .Where(line => line.StartsWith(name + "{", StringComparison.Ordinal) || line.StartsWith(name + " ", StringComparison.Ordinal))
            .Where(line => line.Contains(labels, StringComparison.Ordinal))
            .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
    }
}
