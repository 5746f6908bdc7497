namespace CertEngine.Server.Features.Results;

/// <summary>One sitting's result of a component, as the track's table shows it, or the candidate's absence (缺考) from it.</summary>
/// <param name="SessionId">The sitting.</param>
/// <param name="ExamDate">Its date (China time).</param>
/// <param name="Score">The score out of 100; null when absent.</param>
/// <param name="PassMark">The pass mark; null when absent.</param>
/// <param name="Standing">Passed, failed, void or absent.</param>
public sealed record TrackComponentResult(string SessionId, DateOnly ExamDate, decimal? Score, decimal? PassMark, ResultStanding Standing);
