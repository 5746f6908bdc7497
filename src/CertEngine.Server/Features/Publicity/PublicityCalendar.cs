using CertEngine.Domain.Publicity;
using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Server.Features.Publicity;

/// <summary>
/// The working-day calendar 公示 periods are counted on, read once at start from <c>tracks/calendar/working-days.yaml</c>.
/// A file with mistakes gives an empty calendar (every publication is refused, naming the year) and its problems, which
/// the 公示 page shows.
/// </summary>
public sealed class PublicityCalendar
{
    /// <summary>Reads the calendar under <paramref name="tracksRoot"/>.</summary>
    public PublicityCalendar(string tracksRoot)
    {
        var load = WorkingDayCalendarReader.Load(tracksRoot);
        Calendar = load.Calendar ?? WorkingDayCalendar.Empty;
        Problems = load.Problems;
    }

    /// <summary>A calendar given as it is (the demo's).</summary>
    public PublicityCalendar(WorkingDayCalendar calendar)
    {
        Calendar = calendar;
        Problems = [];
    }

    /// <summary>The calendar (empty when the file could not be read).</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>What was wrong with the file, if anything.</summary>
    public IReadOnlyList<BankProblem> Problems { get; }
}
