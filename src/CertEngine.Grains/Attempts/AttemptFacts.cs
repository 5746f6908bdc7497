using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Scoring;
using CertEngine.Storage.Records.Facts;

namespace CertEngine.Grains.Attempts;

/// <summary>The record-store fact of a submitted or regraded theory attempt: the attempt and every question's response.</summary>
internal static class AttemptFacts
{
    /// <summary>The fact of <paramref name="attempt"/> as graded by <paramref name="grade"/>.</summary>
    /// <param name="attemptKey">The attempt grain's key.</param>
    /// <param name="attempt">The attempt's state (prepared and submitted).</param>
    /// <param name="answers">The stored answers by question index.</param>
    /// <param name="grade">The grading the fact records.</param>
    /// <param name="regraded">Whether this is a regrade under <see cref="AttemptState.GradedVersion"/> rather than the submission.</param>
    /// <param name="actor">Who submitted or regraded.</param>
    /// <param name="at">When.</param>
    public static TheoryAttemptFact Of(
        string attemptKey, AttemptState attempt, IReadOnlyDictionary<int, List<string>> answers, PaperGrade grade, bool regraded, string actor, DateTimeOffset at)
    {
        var setup = attempt.Setup ?? throw new InvalidOperationException("An unprepared attempt has no fact.");
        var awarded = grade.Questions.ToDictionary(q => q.Index);
        var responses = attempt.Questions.Select((question, index) => new ResponseFact(
            index,
            question.ItemId,
            question.ItemVersion,
            AttemptStateViews.Type(question).ToYaml(),
            string.Join(",", question.OptionOrder),
            answers.TryGetValue(index, out var chosen) ? string.Join(",", chosen.Order(StringComparer.Ordinal)) : "",
            awarded.TryGetValue(index, out var graded) ? graded.Awarded : 0m,
            question.Points)).ToList();
        var factId = regraded ? $"attempt/{attemptKey}/regrade/{attempt.GradedVersion}" : $"attempt/{attemptKey}/submitted";
        return new TheoryAttemptFact(factId, at, attemptKey, regraded ? "regraded" : "submitted", setup.SessionId, setup.Seat, setup.TrackKey, setup.IdNumber,
            attempt.BankId, setup.BankVersion, attempt.GradedVersion, attempt.Level, attempt.WorkType ?? "", grade.Score, attempt.PassMark, actor, responses);
    }

    /// <summary>
    /// The conduct fact of a submitted attempt: its clock, disconnections and each answered question's timing, for the
    /// integrity signals. Null for an attempt that never started.
    /// </summary>
    public static AttemptConductFact? Conduct(string attemptKey, AttemptState attempt, AnswerSheetState sheet, DateTimeOffset at) =>
        attempt is { Setup: { } setup, StartedAt: { } started }
            ? new AttemptConductFact($"attempt/{attemptKey}/conduct", at, attemptKey, setup.SessionId, setup.Seat, started,
                sheet.Contact.Disconnections, sheet.Contact.Longest.TotalSeconds, sheet.Contact.LongestFrom,
                sheet.Traces.OrderBy(t => t.Key).Select(t => new AnswerTimingFact(t.Key, t.Value.FirstAt, t.Value.LastAt, t.Value.Changes)).ToList())
            : null;
}
