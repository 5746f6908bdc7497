using CertEngine.Contracts.Attempts;
using CertEngine.Domain;
using CertEngine.Domain.Attempts;
using CertEngine.Domain.Papers;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Scoring;
using CertEngine.Domain.Tracks;
using CertEngine.Grains.Library;

namespace CertEngine.Grains.Attempts;

/// <summary>Draws a candidate's theory paper for a setup from the track's pinned bank and rules.</summary>
internal static class TheoryPaperSource
{
    /// <summary>The paper drawn for the seat, with what grading it needs; or why none can be drawn.</summary>
    public static async Task<TheoryDraw> DrawAsync(ExamLibrary library, AttemptSetup setup)
    {
        if (!TrackKey.TryParse(setup.TrackKey, out var key))
        {
            return new TheoryDraw.Refused(Refused.Of(AttemptRefusal.MalformedTrackKey, setup.TrackKey));
        }

        if (await library.CreateTrackAsync(key, setup.BankVersion, setup.RulesVersion) is not TrackOutcome.Created { Track: var track }
            || track.Component(ComponentKind.Theory) is not { } theory)
        {
            return new TheoryDraw.Refused(Refused.Of(AttemptRefusal.NoTheoryComponent, setup.TrackKey));
        }

        return await library.PlanAsync(key.OccupationCode, setup.BankVersion, key.Level, key.WorkType) is PaperPlanResult.Ready { Plan: var plan }
            ? new TheoryDraw.Drawn(key, plan.Assemble(setup.SessionSeed, setup.Seat), theory.PassMark, track.MultipleChoice)
            : new TheoryDraw.Refused(AttemptRefusal.NoPaperPlan);
    }
}

/// <summary>The outcome of <see cref="TheoryPaperSource.DrawAsync"/>.</summary>
internal abstract record TheoryDraw
{
    /// <summary>The paper, the track it is for, its pass mark and 多选 policy.</summary>
    public sealed record Drawn(TrackKey Key, Paper Paper, decimal PassMark, MultipleChoicePolicy Policy) : TheoryDraw;

    /// <summary>No paper, and why.</summary>
    public sealed record Refused(Refused<AttemptRefusal> Reason) : TheoryDraw;
}
