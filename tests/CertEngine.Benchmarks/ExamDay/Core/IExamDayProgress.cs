namespace CertEngine.Benchmarks.ExamDay.Core;

/// <summary>Where the run tells how far it is: one phase at a time, with a count of steps.</summary>
public interface IExamDayProgress
{
    /// <summary>A new phase of <paramref name="steps"/> steps begins.</summary>
    void Phase(string name, int steps);

    /// <summary><paramref name="steps"/> more steps of the phase are done.</summary>
    void Advance(int steps = 1);

    /// <summary>A line to show beside the progress.</summary>
    void Note(string line);
}

/// <summary>Progress as plain lines (tests, and runs whose output is not a terminal).</summary>
public sealed class LineProgress(TextWriter output) : IExamDayProgress
{
    private readonly System.Diagnostics.Stopwatch _watch = System.Diagnostics.Stopwatch.StartNew();

    public void Phase(string name, int steps) => Note($"{name} ({steps} steps)");

    public void Advance(int steps = 1)
    {
    }

    public void Note(string line)
    {
        lock (output)
        {
            output.WriteLine(FormattableString.Invariant($"[{_watch.Elapsed.TotalSeconds,7:0.0} s] {line}"));
        }
    }
}
