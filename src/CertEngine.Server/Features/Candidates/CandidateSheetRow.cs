using CertEngine.Contracts.Candidates;

namespace CertEngine.Server.Features.Candidates;

/// <summary>One valid row of a candidate import: the profile, and optionally the track to enrol on with years of work as evidence.</summary>
/// <param name="Row">The row number as Excel shows it.</param>
/// <param name="Profile">The real-name profile (ID number upper case).</param>
/// <param name="BirthDate">The birth date the ID number encodes.</param>
/// <param name="TrackKey">The track to enrol on (申报项目), or <see langword="null"/> to register only.</param>
/// <param name="WorkYears">Years of work in the track's occupation (工作年限), or <see langword="null"/> when not given.</param>
public sealed record CandidateSheetRow(int Row, CandidateProfile Profile, DateOnly BirthDate, string? TrackKey, decimal? WorkYears);
