using CertEngine.Benchmarks.ExamDay.Core;
using Spectre.Console;

namespace CertEngine.Benchmarks.ExamDay;

/// <summary>The run's phases as Spectre.Console progress bars, one per phase, notes printed above them.</summary>
internal sealed class SpectreProgress(ProgressContext context) : IExamDayProgress
{
    private ProgressTask? _current;

    public void Phase(string name, int steps)
    {
        _current?.StopTask();
        _current = context.AddTask(Markup.Escape(name), maxValue: Math.Max(1, steps));
    }

    public void Advance(int steps = 1) => _current?.Increment(steps);

    public void Note(string line) => AnsiConsole.MarkupLine("[grey]" + Markup.Escape(line) + "[/]");

    public void Done() => _current?.StopTask();
}
