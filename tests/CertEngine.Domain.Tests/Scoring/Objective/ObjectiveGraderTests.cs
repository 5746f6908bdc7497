using CertEngine.Domain.Papers;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Scoring;
using CertEngine.Domain.Tests.Papers;

namespace CertEngine.Domain.Tests.Scoring.Objective;

public sealed class ObjectiveGraderTests
{
    // Items: a-s-000-0 single key A; a-j-000-0 judge key A (正确); a-m-000-0 multiple key {A, C}; a-m-001-0 key {B, D, E}.
    private static readonly Bank Bank = new SyntheticBankBuilder().WithCell("a", elements: 2, singles: 1, judges: 1, multiples: 1).Build();

    private static readonly Paper Paper = new("x", 1, 5, null, 1, 0,
    [
        new PaperQuestion("a-s-000-0", 1, ItemType.Single, 1m, "a", ["B", "A", "D", "C"]),
        new PaperQuestion("a-j-000-0", 1, ItemType.Judge, 1m, "a", []),
        new PaperQuestion("a-m-000-0", 1, ItemType.Multiple, 2m, "a", ["A", "B", "C", "D", "E"]),
        new PaperQuestion("a-m-001-0", 1, ItemType.Multiple, 3m, "a", ["A", "B", "C", "D", "E"]),
    ]);

    [Theory]
    [InlineData(new[] { "A" }, 1)]
    [InlineData(new[] { "B" }, 0)]
    [InlineData(new[] { "A", "B" }, 0)]
    [InlineData(new[] { "A", "A" }, 1)]
    public void Grade_Single_AllOrNothing(string[] chosen, int awarded)
    {
        var grade = ObjectiveGrader.Grade(Paper, Bank, Answers((0, chosen)), MultipleChoicePolicy.PartialCredit);

        Assert.Equal(awarded, grade.Questions[0].Awarded);
    }

    [Theory]
    [InlineData("true", 1)]
    [InlineData("A", 1)]
    [InlineData("false", 0)]
    [InlineData("B", 0)]
    public void Grade_Judge_TrueFalseOrStoredLabel(string chosen, int awarded)
    {
        var grade = ObjectiveGrader.Grade(Paper, Bank, Answers((1, [chosen])), MultipleChoicePolicy.AllOrNothing);

        Assert.Equal(awarded, grade.Questions[1].Awarded);
    }

    [Theory]
    [InlineData(new[] { "C", "A" }, 2, 2)]
    [InlineData(new[] { "A" }, 0, 1)]
    [InlineData(new[] { "A", "B" }, 0, 0)]
    [InlineData(new[] { "A", "C", "D" }, 0, 0)]
    public void Grade_MultipleKeyAC_FollowsPolicy(string[] chosen, int allOrNothing, int partial)
    {
        var answers = Answers((2, chosen));

        var strict = ObjectiveGrader.Grade(Paper, Bank, answers, MultipleChoicePolicy.AllOrNothing);
        var lenient = ObjectiveGrader.Grade(Paper, Bank, answers, MultipleChoicePolicy.PartialCredit);

        Assert.Equal((allOrNothing, partial), ((int)strict.Questions[2].Awarded, (int)lenient.Questions[2].Awarded));
    }

    [Fact]
    public void Grade_PartialCreditTwoOfThreeKeys_AwardsExactFraction()
    {
        var grade = ObjectiveGrader.Grade(Paper, Bank, Answers((3, ["B", "E"])), MultipleChoicePolicy.PartialCredit);

        Assert.Equal(3m * 2 / 3, grade.Questions[3].Awarded);
        Assert.Equal(2m, grade.Questions[3].Awarded);
    }

    [Fact]
    public void Grade_Unanswered_ScoresZeroWithFullMaxPoints()
    {
        var grade = ObjectiveGrader.Grade(Paper, Bank, Answers((0, []), (2, ["A", "C"])), MultipleChoicePolicy.AllOrNothing);

        Assert.Equal(new[] { 0m, 0m, 2m, 0m }, grade.Questions.Select(q => q.Awarded));
        Assert.Equal((2m, 7m), (grade.Score, grade.MaxPoints));
        Assert.Equal(new[] { 0, 1, 2, 3 }, grade.Questions.Select(q => q.Index));
        Assert.Equal(Paper.Questions.Select(q => q.ItemId), grade.Questions.Select(q => q.ItemId));
    }

    [Fact]
    public void Grade_AllCorrect_FullMarksWithPrecomputedKey()
    {
        var key = AnswerKey.For(Paper, Bank);

        var grade = ObjectiveGrader.Grade(key, Answers((0, ["A"]), (1, ["true"]), (2, ["A", "C"]), (3, ["E", "D", "B"])), MultipleChoicePolicy.AllOrNothing);

        Assert.Equal(7m, grade.Score);
    }

    [Fact]
    public void Grade_AnswerForQuestionNotOnPaper_Throws()
    {
        Assert.Throws<ArgumentException>(() => ObjectiveGrader.Grade(Paper, Bank, Answers((4, ["A"])), MultipleChoicePolicy.AllOrNothing));
    }

    [Fact]
    public void For_BankHoldsOtherItemVersion_Throws()
    {
        var other = new SyntheticBankBuilder().WithCell("a", elements: 2, singles: 1, judges: 1, multiples: 1).WithKey("a-s-000-0", 2, "B").Build();

        Assert.Throws<ArgumentException>(() => AnswerKey.For(Paper, other));
    }

    internal static Dictionary<int, IReadOnlyList<string>> Answers(params (int Index, string[] Chosen)[] answers) =>
        answers.ToDictionary(a => a.Index, a => (IReadOnlyList<string>)a.Chosen);
}
