namespace CertEngine.Domain.Publicity;

/// <summary>One year of China's public holidays and 调休, as the State Council's notice for that year sets them.</summary>
/// <param name="Year">The year.</param>
/// <param name="Source">The notice the dates come from (e.g. 国办发明电〔2024〕12号).</param>
/// <param name="Holidays">Every day off of the year's holidays (放假), weekends inside them included.</param>
/// <param name="WorkingWeekends">Saturdays and Sundays that are working days (调休上班).</param>
public sealed record CalendarYear(int Year, string Source, IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> WorkingWeekends);
