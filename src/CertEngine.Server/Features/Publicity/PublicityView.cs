using CertEngine.Storage.Records.Publicity;

namespace CertEngine.Server.Features.Publicity;

/// <summary>A 公示 as the public page shows it: masked lines only (the full ID numbers of <see cref="PublicityLine"/> are dropped).</summary>
/// <param name="PublicityId">Its id.</param>
/// <param name="Title">The track's title.</param>
/// <param name="TrackKey">The track.</param>
/// <param name="SessionId">The sitting, or empty for a date range.</param>
/// <param name="From">The range's first exam date, if a range.</param>
/// <param name="To">The range's last exam date, if a range.</param>
/// <param name="Components">The components, in column order.</param>
/// <param name="StartsOn">The period's first working day.</param>
/// <param name="EndsOn">The period's last working day, inclusive.</param>
/// <param name="WorkingDays">Its length in working days.</param>
/// <param name="Running">Whether objections are still taken today.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="Lines">The lines, by ticket number.</param>
public sealed record PublicityView(string PublicityId, string Title, string TrackKey, string SessionId, DateOnly? From, DateOnly? To,
    IReadOnlyList<string> Components, DateOnly StartsOn, DateOnly EndsOn, int WorkingDays, bool Running, DateTimeOffset PublishedAt,
    IReadOnlyList<PublicLine> Lines);
