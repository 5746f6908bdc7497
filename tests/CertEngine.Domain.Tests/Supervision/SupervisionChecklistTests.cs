using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Supervision;
using CertEngine.Domain.Tests.QuestionBanks;

namespace CertEngine.Domain.Tests.Supervision;

/// <summary>The supervision checklist kept as data (<c>tracks/supervision/checklist.yaml</c>).</summary>
public sealed class SupervisionChecklistTests
{
    [Fact]
    public void Load_ShippedChecklist_HasTheItemsTheIssueNames()
    {
        var (checklist, problems) = SupervisionChecklistReader.Load(Path.Combine(ShippedBanksTests.RepositoryRoot(), "tracks"));

        Assert.Empty(problems);
        Assert.Equal(["identity", "seating", "materials", "timing", "assessor-independence", "irregularities"], checklist!.Items.Select(i => i.Id));
    }

    [Theory]
    [InlineData("items:\n  - id: a\n    zh: 甲\n    en: A\n  - id: a\n    zh: 乙\n    en: B\n", "given twice")]
    [InlineData("items:\n  - id: A B\n    zh: 甲\n    en: A\n", "lower-case")]
    [InlineData("items:\n  - id: a\n    zh: 甲\n", "missing field 'en'")]
    [InlineData("items:\n  - id: a\n    zh: 甲\n    en: A\n    colour: red\n", "unknown field")]
    [InlineData("things: []\n", "unknown field")]
    public void Read_Mistake_IsReportedAndMakesNoChecklist(string yaml, string message)
    {
        var (checklist, problems) = SupervisionChecklistReader.Read("checklist.yaml", yaml);

        Assert.Null(checklist);
        Assert.Contains(problems, p => p.Severity == ProblemSeverity.Error && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MissingFile_IsOneProblem()
    {
        var (checklist, problems) = SupervisionChecklistReader.Load(Path.Combine(Path.GetTempPath(), "no-such-tracks-" + Guid.NewGuid().ToString("N")));

        Assert.Null(checklist);
        Assert.Single(problems);
    }
}
