using CertEngine.Domain.Integrity;

namespace CertEngine.Domain.Tests.Integrity;

/// <summary>The candidates' signals: fast answers, late changes, takeovers and disconnections, at and around their bounds.</summary>
public sealed class SittingSignalsTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    private static CandidateConduct Candidate(IReadOnlyList<AnswerTiming> answers, int disconnections = 0, double longest = 0, int takeovers = 0) =>
        new(7, [], new AttemptTiming(Start, Start.AddMinutes(60), answers, disconnections, TimeSpan.FromSeconds(longest), null), takeovers);

    [Fact]
    public void AnswerSeconds_FromTheStartThenFromTheAnswerBefore_InTheOrderGiven()
    {
        var timing = new AttemptTiming(Start, Start.AddMinutes(60),
            [new AnswerTiming(2, Start.AddSeconds(50), Start.AddSeconds(50), 0), new AnswerTiming(0, Start.AddSeconds(20), Start.AddSeconds(20), 0)], 0, TimeSpan.Zero, null);

        Assert.Equal([20.0, 30.0], SittingSignals.AnswerSeconds(timing));
    }

    [Fact]
    public void Compute_TenAnswersTwoSecondsApart_IsFast_NineIsNot()
    {
        var bounds = SignalBounds.Default;
        var ten = Enumerable.Range(0, 10).Select(i => new AnswerTiming(i, Start.AddSeconds(2 * (i + 1)), Start.AddSeconds(2 * (i + 1)), 0)).ToList();

        var fast = SittingSignals.Compute([Candidate(ten)], bounds).Signals.Single();
        var nine = SittingSignals.Compute([Candidate(ten.Take(9).ToList())], bounds).Signals;

        Assert.Equal((SignalCodes.FastAnswers, 10.0, 10.0, 1.0), (fast.Code, fast.Value, fast.Threshold, fast.Detail!.Value));
        Assert.Empty(nine);
    }

    [Fact]
    public void Compute_EightQuestionsChangedInTheLastFiveMinutes_IsLate_ChangesBeforeAreNot()
    {
        var late = Enumerable.Range(0, 8).Select(i => new AnswerTiming(i, Start.AddMinutes(i + 1), Start.AddMinutes(56), 2)).ToList();
        var early = late.Select(a => a with { LastAt = Start.AddMinutes(54) }).ToList();

        var signal = SittingSignals.Compute([Candidate(late)], SignalBounds.Default).Signals.Single();

        Assert.Equal((SignalCodes.LateChanges, 8.0, 16.0), (signal.Code, signal.Value, signal.Detail!.Value));
        Assert.Empty(SittingSignals.Compute([Candidate(early)], SignalBounds.Default).Signals);
    }

    [Fact]
    public void Compute_TakeoverAndLongDisconnection_AreSignals_AShortOneIsNot()
    {
        var signals = SittingSignals.Compute([Candidate([], disconnections: 2, longest: 240, takeovers: 1)], SignalBounds.Default).Signals;
        var short_ = SittingSignals.Compute([Candidate([], disconnections: 1, longest: 179)], SignalBounds.Default).Signals;

        Assert.Equal([SignalCodes.Disconnection, SignalCodes.Takeover], signals.Select(s => s.Code));
        Assert.Equal((240.0, 2.0), (signals[0].Value, signals[0].Detail!.Value));
        Assert.Empty(short_);
    }
}
