using CertEngine.Domain.Papers;
using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Tests.Papers;

/// <summary>Checks every rule a paper must meet against its bank and blueprint.</summary>
internal static class PaperAssertions
{
    public static void MeetsBlueprint(Paper paper, Bank bank, Blueprint blueprint)
    {
        // Sections in blueprint order, each with its count and points.
        var at = 0;
        foreach (var section in blueprint.Sections)
        {
            var questions = paper.Questions.Skip(at).Take(section.Count).ToList();
            Assert.Equal(section.Count, questions.Count);
            Assert.All(questions, q => Assert.Equal(section.Type, q.Type));
            Assert.All(questions, q => Assert.Equal(section.Points, q.Points));
            at += section.Count;
        }

        Assert.Equal(at, paper.Questions.Count);
        Assert.Equal(blueprint.Sections.Sum(s => s.Count * s.Points), paper.TotalPoints);

        // Each cell draws its count of each type, from items under it that apply to the level and 工种.
        foreach (var cell in blueprint.Cells)
        {
            foreach (var (type, count) in cell.Counts)
            {
                Assert.Equal(count, paper.Questions.Count(q => q.CellNodeId == cell.NodeId && q.Type == type));
            }
        }

        foreach (var question in paper.Questions)
        {
            var item = bank.FindItem(question.ItemId)!;
            Assert.Equal(item.Version, question.ItemVersion);
            Assert.Equal(item.Type, question.Type);
            Assert.True(bank.IsWithin(bank.FindElement(item.ElementId)!.NodeId, question.CellNodeId), $"{item.Id} is not under {question.CellNodeId}");
            Assert.True(bank.ItemAppliesTo(item, blueprint.Level, blueprint.WorkType), $"{item.Id} does not apply to {blueprint.Name}");
            if (item.Type == ItemType.Judge)
            {
                Assert.Empty(question.OptionOrder);
            }
            else
            {
                Assert.Equal(item.Options.Select(o => o.Label).Order(), question.OptionOrder.Order());
            }
        }

        // No item twice, no enemy pair.
        var ids = paper.Questions.Select(q => q.ItemId).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var onPaper = ids.ToHashSet();
        foreach (var id in ids)
        {
            Assert.DoesNotContain(bank.FindItem(id)!.Enemies, onPaper.Contains);
        }
    }

    /// <summary>Answers every question with its key, as the browser would send it (display labels) mapped back to stored labels.</summary>
    public static Dictionary<int, IReadOnlyList<string>> AllCorrectThroughDisplay(Paper paper, Bank bank)
    {
        var answers = new Dictionary<int, IReadOnlyList<string>>();
        for (var i = 0; i < paper.Questions.Count; i++)
        {
            var question = paper.Questions[i];
            var item = bank.FindItem(question.ItemId)!;
            var display = item.Type == ItemType.Judge
                ? [item.Key[0] == item.Options[0].Label ? DisplayLabels.True : DisplayLabels.False]
                : item.Key.Select(k => DisplayLabels.ToDisplay(question, k)!).ToList();
            answers[i] = DisplayLabels.ToStored(question, display)!;
        }

        return answers;
    }
}
