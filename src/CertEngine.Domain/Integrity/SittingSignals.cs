namespace CertEngine.Domain.Integrity;

/// <summary>
/// The integrity signals of one sitting (issue 20, item 3), from what the record store holds about its submitted theory
/// attempts: pairs with improbably many identical wrong answers (<see cref="CopyingStatistic"/>), answers given
/// implausibly fast, many changes in the last minutes, takeovers by another computer and long disconnections. Pure.
/// </summary>
public static class SittingSignals
{
    /// <summary>The signals of <paramref name="candidates"/> under <paramref name="bounds"/>.</summary>
    public static SittingSignalReport Compute(IReadOnlyList<CandidateConduct> candidates, SignalBounds bounds)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(bounds);
        var pairs = CopyingStatistic.Pairs(candidates, bounds);
        var signals = candidates.SelectMany(c => Signals(c, bounds)).OrderBy(s => s.Seat).ThenBy(s => s.Code, StringComparer.Ordinal).ToList();
        return new SittingSignalReport(candidates.Count, candidates.Count(c => c.Timing is not null), pairs.Count(p => p.Neighbours), pairs.Count(p => !p.Neighbours),
            pairs.Where(p => p.Flagged).ToList(), signals, bounds);
    }

    /// <summary>
    /// The seconds spent on each answer: from the answer before it was first given (or the start) to its own first save,
    /// in the order the answers were first given.
    /// </summary>
    public static IReadOnlyList<double> AnswerSeconds(AttemptTiming timing)
    {
        ArgumentNullException.ThrowIfNull(timing);
        var previous = timing.StartedAt;
        var seconds = new List<double>();
        foreach (var answer in timing.Answers.OrderBy(a => a.FirstAt).ThenBy(a => a.Position))
        {
            seconds.Add(Math.Max(0, (answer.FirstAt - previous).TotalSeconds));
            previous = answer.FirstAt > previous ? answer.FirstAt : previous;
        }

        return seconds;
    }

    private static IEnumerable<CandidateSignal> Signals(CandidateConduct candidate, SignalBounds bounds)
    {
        if (candidate.Takeovers >= bounds.TakeoversAtLeast)
        {
            yield return new CandidateSignal(candidate.Seat, SignalCodes.Takeover, candidate.Takeovers, bounds.TakeoversAtLeast, null);
        }

        if (candidate.Timing is not { } timing)
        {
            yield break;
        }

        var seconds = AnswerSeconds(timing);
        var fast = seconds.Count(s => s < bounds.FastAnswerSeconds);
        var share = seconds.Count == 0 ? 0 : (double)fast / seconds.Count;
        if (fast >= bounds.FastAnswersAtLeast && share >= bounds.FastShareAtLeast)
        {
            yield return new CandidateSignal(candidate.Seat, SignalCodes.FastAnswers, fast, bounds.FastAnswersAtLeast, share);
        }

        var windowStart = timing.SubmittedAt - TimeSpan.FromMinutes(bounds.LateMinutes);
        var late = timing.Answers.Count(a => a.Changes > 0 && a.LastAt >= windowStart);
        if (late >= bounds.LateChangesAtLeast)
        {
            yield return new CandidateSignal(candidate.Seat, SignalCodes.LateChanges, late, bounds.LateChangesAtLeast, timing.Answers.Sum(a => a.Changes));
        }

        if (timing.Disconnections > 0 && timing.LongestDisconnection.TotalSeconds >= bounds.DisconnectionSeconds)
        {
            yield return new CandidateSignal(candidate.Seat, SignalCodes.Disconnection, Math.Round(timing.LongestDisconnection.TotalSeconds), bounds.DisconnectionSeconds, timing.Disconnections);
        }
    }
}
