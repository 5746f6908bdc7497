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

    /// <summary>Each seat's admission ticket number as the sitting's roster shows it (read from the API once checked in).</summary>
    public IReadOnlyDictionary<int, string> Tickets { get; set; } = new Dictionary<int, string>();

    /// <summary>The ticket of seat <paramref name="seat"/> (1-based), as the server gave it.</summary>
    public string Ticket(int seat) => Tickets.TryGetValue(seat, out var ticket)
        ? ticket
        : throw new InvalidOperationException($"sitting {id}: the roster read at check-in has no seat {seat}");
}
