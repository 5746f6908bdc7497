using CertEngine.Domain.Papers;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Scoring;
using CertEngine.Domain.Tests.Papers;
using FsCheck;
using FsCheck.Xunit;

namespace CertEngine.Domain.Tests.Scoring.Objective;

public sealed class RegradingTests
{
    private const string Corrected = "a-s-000-0";   // key A in version 1, B in version 2

    [Fact]
    public void Corrections_OneKeyChanged_ListsExactlyThatItem()
    {
        var (original, corrected) = Versions();

        var corrections = Regrading.Corrections(original, corrected);

        var correction = Assert.Single(corrections);
        Assert.Equal((Corrected, 1, 2, "A", "B"),
            (correction.ItemId, correction.FromVersion, correction.ToVersion, string.Join(",", correction.OldKey), string.Join(",", correction.NewKey)));
    }

    [Fact]
    public void Corrections_SameBank_Empty()
    {
        var (original, _) = Versions();

        Assert.Empty(Regrading.Corrections(original, original));
    }

    [Property(MaxTest = 40)]
    public void Regrade_CorrectedKey_ChangesExactlyTheAffectedScore(ulong seed, NonNegativeInt seat, bool answeredOldKey)
    {
        var (original, corrected) = Versions();
        var plan = PaperPlanTests.Ready(original, Builder().Blueprint());
        var paper = plan.Assemble(seed, seat.Get);
        var answers = AllCorrect(paper, original);
        var index = paper.Questions.ToList().FindIndex(q => q.ItemId == Corrected);
        if (index >= 0 && !answeredOldKey)
        {
            answers[index] = ["B"];
        }

        var result = Regrading.Regrade(paper, answers, original, corrected, MultipleChoicePolicy.AllOrNothing);

        var full = paper.TotalPoints;
        var points = index >= 0 ? paper.Questions[index].Points : 0m;
        var expected = index < 0 ? (full, full, "")
            : answeredOldKey ? (full, full - points, Corrected)
            : (full - points, full, Corrected);
        Assert.Equal(expected, (result.OldScore, result.NewScore, string.Join(",", result.ChangedItemIds)));
        Assert.Equal(index >= 0, result.Changes);
    }

    [Property(MaxTest = 40)]
    public void Regrade_KeyNotChanged_NoChange(ulong seed, NonNegativeInt seat)
    {
        var (original, _) = Versions();
        var unchanged = Builder().Build();
        var paper = PaperPlanTests.Ready(original, Builder().Blueprint()).Assemble(seed, seat.Get);
        var answers = AllCorrect(paper, original);
        answers.Remove(0);

        var result = Regrading.Regrade(paper, answers, original, unchanged, MultipleChoicePolicy.PartialCredit);

        Assert.False(result.Changes);
        Assert.Empty(result.ChangedItemIds);
        Assert.Equal(result.OldScore, result.NewScore);
    }

    private static SyntheticBankBuilder Builder() => new SyntheticBankBuilder()
        .WithCell("a", elements: 4, singles: 2, judges: 1)
        .WithSection(ItemType.Single, 2m)
        .WithSection(ItemType.Judge, 1m)
        .Draw("a", ItemType.Single, 3)
        .Draw("a", ItemType.Judge, 1);

    private static (Bank Original, Bank Corrected) Versions() => (Builder().Build(), Builder().WithKey(Corrected, 2, "B").Build());

    private static Dictionary<int, IReadOnlyList<string>> AllCorrect(Paper paper, Bank bank) =>
        paper.Questions.Select((q, i) => (i, bank.FindItem(q.ItemId)!.Key)).ToDictionary(x => x.i, x => x.Key);
}
