namespace Cashless.Bench.Target;

/// <summary>
/// What the started WebApi wrote: the last lines (to explain a failed start) and every error entry of the console
/// logger (<c>fail:</c> or <c>crit:</c>, then its message and the exception's first line), which the report shows as
/// server misbehaviour.
/// </summary>
internal sealed class ServerLog
{
    private const int TailLines = 60;
    private const int KeptErrors = 20;
    private const int LinesPerError = 2;

    private readonly Lock _gate = new();
    private readonly Queue<string> _tail = new();
    private readonly List<string> _errors = [];
    private int _linesLeft;

    public int ErrorCount { get; private set; }

    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _tail.Enqueue(line);
            if (_tail.Count > TailLines)
            {
                _tail.Dequeue();
            }

            Classify(line);
        }
    }

    public IReadOnlyList<string> Errors()
    {
        lock (_gate)
        {
            return [.. _errors];
        }
    }

    public string Tail()
    {
        lock (_gate)
        {
            return string.Join('\n', _tail);
        }
    }

    private void Classify(string line)
    {
        if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
        {
            ErrorCount++;
            _linesLeft = _errors.Count < KeptErrors ? LinesPerError : 0;
            if (_linesLeft > 0)
            {
                _errors.Add(line.Trim());
            }
        }
        else if (_linesLeft > 0)
        {
            // The console logger puts the message, then the exception, on the next indented lines.
            _errors[^1] += " | " + line.Trim();
            _linesLeft--;
        }
    }
}
