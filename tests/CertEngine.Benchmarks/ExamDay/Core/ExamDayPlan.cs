namespace CertEngine.Benchmarks.ExamDay.Core;

/// <summary>The day as set up: the Admin's cookie, the candidates, the sittings and each staff member's cookie.</summary>
public sealed record ExamDayPlan(
    string Admin, IReadOnlyList<ExamDayPerson> Candidates, IReadOnlyList<ExamDaySitting> Theory, IReadOnlyList<ExamDaySitting> Practical,
    IReadOnlyDictionary<string, string> Staff);

/// <summary>A candidate of the run: ID number, name and running number.</summary>
public sealed record ExamDayPerson(string IdNumber, string Name, int Number);

/// <summary>A sitting of the run: its roster, its wave, the proctor who runs it, its assessors and (once open) its access code.</summary>
public sealed class ExamDaySitting(string id, string component, IReadOnlyList<ExamDayPerson> people, int wave)
{
    public string Id => id;

    public string Component => component;

    public IReadOnlyList<ExamDayPerson> People => people;

    public int Wave => wave;

    public string Proctor { get; set; } = "";

    public IReadOnlyList<string> Assessors { get; set; } = [];

    public string AccessCode { get; set; } = "";

    /// <summary>The ticket of seat <paramref name="seat"/> (1-based).</summary>
    public string Ticket(int seat) => $"{id}-{seat:000}";
}
