using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Publicity;

/// <summary>What reading the working-day calendar gave: the calendar when the file had no error, and every problem found.</summary>
public sealed record CalendarLoad(WorkingDayCalendar? Calendar, IReadOnlyList<BankProblem> Problems);
