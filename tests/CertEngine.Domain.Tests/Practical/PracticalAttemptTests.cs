using CertEngine.Domain.Practical;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Scoring;
using CertEngine.Domain.Tests.Scoring.Practical;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CertEngine.Domain.Tests.Practical;

public sealed class PracticalAttemptTests
{
    private static readonly PracticalTask Task = new PracticalTaskBuilder().Build();

    private static readonly string[] Group = ["a1", "a2", "a3", "a4"];

    /// <summary>A drawn practical attempt of one task (100 points), assessors a1–a4, chief a1, nothing signed.</summary>
    private static PracticalAttempt Drawn(PracticalPolicy? policy = null, params PracticalTask[] tasks) => new(
        true, ComponentKind.Practical, Group, "a1", tasks.Length == 0 ? [Task] : tasks,
        new Dictionary<string, IReadOnlyList<AssessorSheet>>(), new Dictionary<string, ChiefDecision>(), policy ?? PracticalPolicy.Default);

    private static PracticalAttempt Undrawn() => Drawn() with { Drawn = false, Assessors = [], Chief = null, Tasks = [] };

    private static PracticalAttempt Signed(PracticalAttempt attempt, AssessorSheet sheet, string taskId = "t1") => attempt with
    {
        Sheets = new Dictionary<string, IReadOnlyList<AssessorSheet>>(attempt.Sheets) { [taskId] = [.. attempt.Sheets.GetValueOrDefault(taskId) ?? [], sheet] },
    };

    private static PracticalAttempt Signed(PracticalAttempt attempt, params (string Assessor, decimal Total)[] sheets) =>
        sheets.Aggregate(attempt, (a, s) => Signed(a, PracticalTaskBuilder.Sheet(s.Assessor, s.Total)));

    /// <summary>Three sheets 100, 98 and 0: a spread of 100, held for the chief.</summary>
    private static PracticalAttempt Held() => Signed(Drawn(), ("a1", 100m), ("a2", 98m), ("a3", 0m));

    private static (PracticalRefusal? Reason, string Args) Of(Refused<PracticalRefusal>? refused) =>
        (refused?.Reason, refused is null ? "" : string.Join("|", refused.Args));

    [Fact]
    public void Prepare_BeforeTheDraw_DrawsNow_AndAgainWithTheSameSetup_ChangesNothing()
    {
        Assert.Equal((null, true), (Undrawn().Prepare(sameSetup: false), Undrawn().DrawsNow));
        Assert.Equal((null, false), (Drawn().Prepare(sameSetup: true), Drawn().DrawsNow));
        Assert.Equal(PracticalRefusal.TasksAlreadyDrawn, Drawn().Prepare(sameSetup: false)?.Reason);
    }

    [Fact]
    public void Draw_AReviewIsThePanelsOneTask_AndAPracticalWithoutBlueprintDrawsNothing()
    {
        Assert.Equal([ReviewPanelScoring.Task], PracticalAttempt.Draw(ComponentKind.Review, ShippedBank.Bank, null, 7UL, 0, 5));
        Assert.Null(PracticalAttempt.Draw(ComponentKind.Practical, ShippedBank.Bank, null, 7UL, 0, 5));
        Assert.Equal(4, PracticalAttempt.Draw(ComponentKind.Practical, ShippedBank.Bank, ShippedBank.PracticalBlueprint(5), 7UL, 0, 5)!.Count);
    }

    [Fact]
    public void FindTask_TheReviewIdIsThePanelsTask_OtherIdsAreTheBanks()
    {
        Assert.Same(ReviewPanelScoring.Task, PracticalAttempt.FindTask(ShippedBank.Bank, "review"));
        Assert.Equal("cook5-t1", PracticalAttempt.FindTask(ShippedBank.Bank, "cook5-t1")?.Id);
        Assert.Null(PracticalAttempt.FindTask(ShippedBank.Bank, "no-such-task"));
    }

    [Fact]
    public void Reassign_BeforeTheDrawOrAfterASignedSheet_IsRefused()
    {
        Assert.Equal(PracticalRefusal.TasksNotDrawn, Undrawn().Reassign()?.Reason);
        Assert.Null(Drawn().Reassign());
        Assert.Equal(PracticalRefusal.AssessorsFixedBySignedSheet, Signed(Drawn(), ("a2", 90m)).Reassign()?.Reason);
    }

    [Fact]
    public void IsAssigned_OnlyTheGroup_ComparedExactly()
    {
        Assert.True(Drawn().IsAssigned("a4"));
        Assert.False(Drawn().IsAssigned("A4"));
        Assert.False(Drawn().IsAssigned("a9"));
        Assert.False(Undrawn().IsAssigned("a1"));
    }

    [Fact]
    public void SubmitSheet_EachRule_RefusesWithItsReasonAndValues()
    {
        var full = Signed(Drawn(), ("a1", 90m), ("a2", 90m), ("a3", 90m));

        Assert.Equal((PracticalRefusal.TasksNotDrawn, ""), Of(Undrawn().SubmitSheet("t1", PracticalTaskBuilder.Sheet("a1", 90m))));
        Assert.Equal((PracticalRefusal.NotAssigned, ""), Of(Drawn().SubmitSheet("t1", PracticalTaskBuilder.Sheet("a9", 90m))));
        Assert.Equal((PracticalRefusal.NoSuchTask, "t9"), Of(Drawn().SubmitSheet("t9", PracticalTaskBuilder.Sheet("a1", 90m))));
        Assert.Equal((PracticalRefusal.SheetAlreadySigned, ""), Of(Signed(Drawn(), ("a1", 90m)).SubmitSheet("t1", PracticalTaskBuilder.Sheet("a1", 80m))));
        Assert.Equal((PracticalRefusal.TaskFullySheeted, "3"), Of(full.SubmitSheet("t1", PracticalTaskBuilder.Sheet("a4", 90m))));
        Assert.Equal((PracticalRefusal.VetoOutOfRange, "5|2"), Of(Drawn().SubmitSheet("t1", PracticalTaskBuilder.Sheet("a1", 90m, 5))));
        Assert.Equal((null, ""), Of(Drawn().SubmitSheet("t1", PracticalTaskBuilder.Sheet("a1", 90m, 1))));
    }

    [Fact]
    public void SubmitSheet_ASheetWithSeveralProblems_IsRefusedForTheFirst()
    {
        var sheet = new AssessorSheet("a1", new Dictionary<string, decimal> { ["c1"] = 41m, ["c3"] = 30m }, [1, 1], null);

        Assert.Equal((PracticalRefusal.CriterionOutOfRange, "c1|41|40"), Of(Drawn().SubmitSheet("t1", sheet)));
    }

    [Fact]
    public void Adjudicate_EachRule_RefusesWithItsReasonAndValues()
    {
        Assert.Equal((PracticalRefusal.TasksNotDrawn, ""), Of(Undrawn().Adjudicate("a1", "t1", 50m, "复核录像")));
        Assert.Equal((PracticalRefusal.OnlyChiefAdjudicates, ""), Of(Held().Adjudicate("a2", "t1", 50m, "复核录像")));
        Assert.Equal((PracticalRefusal.OnlyChiefAdjudicates, ""), Of((Held() with { Chief = null }).Adjudicate("a1", "t1", 50m, "复核录像")));
        Assert.Equal((PracticalRefusal.AdjudicationNeedsReason, ""), Of(Held().Adjudicate("a1", "t1", 50m, "  ")));
        Assert.Equal((PracticalRefusal.NoSuchTask, "t9"), Of(Held().Adjudicate("a1", "t9", 50m, "复核录像")));
        Assert.Equal((PracticalRefusal.NotHeldForAdjudication, ""), Of(Signed(Drawn(), ("a1", 90m), ("a2", 90m)).Adjudicate("a1", "t1", 50m, "复核录像")));
        Assert.Equal((PracticalRefusal.AdjudicationOutOfRange, "100"), Of(Held().Adjudicate("a1", "t1", 100.5m, "复核录像")));
        Assert.Equal((null, ""), Of(Held().Adjudicate("a1", "t1", 100m, "复核录像")));
    }

    [Fact]
    public void Adjudicate_ADecidedTask_IsNoLongerHeld()
    {
        var decided = Held() with { Decisions = new Dictionary<string, ChiefDecision> { ["t1"] = new(90m, "复核录像") } };

        Assert.Equal(new TaskOutcome.Adjudicated(90m, "复核录像"), decided.Outcome(Task));
        Assert.Equal(PracticalRefusal.NotHeldForAdjudication, decided.Adjudicate("a1", "t1", 80m, "再次复核")?.Reason);
        Assert.Empty(decided.HeldFor("a1"));
    }

    [Fact]
    public void HeldFor_OnlyTheChief_SeesAHeldTask_AndOnlyOnceItIsHeld()
    {
        var twoSheets = Signed(Drawn(), ("a1", 100m), ("a2", 0m));

        Assert.Equal(["t1"], Held().HeldFor("a1").Select(t => t.Id));
        Assert.Empty(Held().HeldFor("a2"));
        Assert.Empty((Held() with { Chief = null }).HeldFor("a1"));
        Assert.Empty(twoSheets.HeldFor("a1"));
    }

    [Fact]
    public void Part_NotEveryTaskFinal_IsNull()
    {
        var cook = ShippedBank.Task("cook5-t1");
        var attempt = Drawn(null, cook, ShippedBank.Task("laun5-t1"));

        Assert.Null(FullMarks(attempt, cook).Part(ShippedBank.Bank, 5));
    }

    [Fact]
    public void Part_EveryTaskFinal_CombinesByTheBanksWeights()
    {
        var tasks = new[] { "cook5-t1", "laun5-t1", "clean5-t2", "appl5-t1" }.Select(ShippedBank.Task).ToArray();
        var attempt = tasks.Aggregate(Drawn(null, tasks), FullMarks);

        var part = attempt.Part(ShippedBank.Bank, 5)!;

        Assert.Equal((100m, false, 100m), (part.Score, part.Failed, part.Recorded));
    }

    [Fact]
    public void Part_AMajorityVetoThatFailsThePart_RecordsZero()
    {
        var tasks = new[] { "cook5-t1", "laun5-t1", "clean5-t2", "appl5-t1" }.Select(ShippedBank.Task).ToArray();
        var policy = PracticalPolicy.Default with { VetoEffect = VetoEffect.ComponentFails };
        var attempt = tasks.Skip(1).Aggregate(Drawn(policy, tasks), FullMarks);
        attempt = Signed(attempt, FullSheet(tasks[0], "a1", 0), "cook5-t1");
        attempt = Signed(attempt, FullSheet(tasks[0], "a2", 0), "cook5-t1");
        attempt = Signed(attempt, FullSheet(tasks[0], "a3"), "cook5-t1");

        var part = attempt.Part(ShippedBank.Bank, 5)!;

        Assert.True(part.Failed);
        Assert.Equal(70m, part.Score);
        Assert.Equal(0m, part.Recorded);
    }

    [Fact]
    public void Part_AReview_IsThePanelsScore()
    {
        var review = new PracticalAttempt(true, ComponentKind.Review, ["p1", "p2", "p3"], "p1", [ReviewPanelScoring.Task],
            new Dictionary<string, IReadOnlyList<AssessorSheet>>
            {
                ["review"] = [AssessorSheet.SingleTotal("p1", 80m), AssessorSheet.SingleTotal("p2", 84m), AssessorSheet.SingleTotal("p3", 89m)],
            },
            new Dictionary<string, ChiefDecision>(), PracticalPolicy.Default);

        Assert.Equal(84.33m, review.Part(ShippedBank.Bank, 2)?.Recorded);
    }

    [Property]
    public void SubmitSheet_AcceptsAtMostThePoliciesSheetsPerTask_OnePerAssignedAssessor(PositiveInt[] arrivals, PositiveInt assessors)
    {
        // Sheets arrive from any of a1–a6 (a5 and a6 are not in the group); each accepted one is signed.
        var policy = PracticalPolicy.Default with { Assessors = 1 + (assessors.Get % 4) };
        var attempt = Drawn(policy);
        foreach (var arrival in arrivals)
        {
            var sheet = PracticalTaskBuilder.Sheet($"a{1 + (arrival.Get % 6)}", 90m);
            if (attempt.SubmitSheet("t1", sheet) is null)
            {
                attempt = Signed(attempt, sheet);
            }
        }

        var signed = attempt.Sheets.GetValueOrDefault("t1") ?? [];
        Assert.True(signed.Count <= policy.Assessors);
        Assert.Equal(signed.Count, signed.DistinctBy(s => s.AssessorId).Count());
        Assert.All(signed, s => Assert.Contains(s.AssessorId, Group));
    }

    [Property]
    public Property Adjudicate_IsAllowedExactlyForScoresFromZeroToTheTasksPoints() =>
        Prop.ForAll(Gen.Choose(-2_000, 12_000).ToArbitrary(), hundredths =>
        {
            var score = hundredths / 100m;

            var refused = Held().Adjudicate("a1", "t1", score, "复核录像");

            return (refused is null) == (score >= 0 && score <= Task.Points)
                && (refused is null || refused.Reason == PracticalRefusal.AdjudicationOutOfRange);
        });

    private static PracticalAttempt FullMarks(PracticalAttempt attempt, PracticalTask task) =>
        new[] { "a1", "a2", "a3" }.Aggregate(attempt, (a, assessor) => Signed(a, FullSheet(task, assessor), task.Id));

    private static AssessorSheet FullSheet(PracticalTask task, string assessor, params int[] vetoes) =>
        new(assessor, task.Criteria.ToDictionary(c => c.Id, c => c.Points), vetoes, null);
}
