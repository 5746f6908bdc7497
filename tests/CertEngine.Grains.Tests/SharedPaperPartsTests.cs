using CertEngine.Domain.QuestionBanks;
using CertEngine.Grains.Attempts;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace CertEngine.Grains.Tests;

/// <summary>
/// Papers and answer sheets read back from storage share their item ids, cells, option orders and answers with every
/// other paper in memory (issue 18: memory per active attempt), and read exactly as stored.
/// </summary>
public sealed class SharedPaperPartsTests
{
    private static readonly Serializer Serializer = new ServiceCollection()
        .AddSerializer(builder => builder.AddAssembly(typeof(AttemptState).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    [Fact]
    public void TwoPapersReadBack_ShareTheirIdsCellsAndOptionOrders_AndReadAsStored()
    {
        var first = RoundTrip(Paper(["C", "A", "D", "B"]));
        var second = RoundTrip(Paper(["C", "A", "D", "B"]));
        Assert.NotSame(first.Questions[0].OptionOrder, second.Questions[0].OptionOrder);
        Assert.NotSame(first.Questions[0].ItemId, second.Questions[0].ItemId);

        SharedPaperParts.Share(first.Questions, new AnswerSheetState());
        SharedPaperParts.Share(second.Questions, new AnswerSheetState());

        Assert.Same(first.Questions[0], second.Questions[0]);
        Assert.Same(first.Questions[1], second.Questions[1]);
        Assert.Same(first.Questions[0].OptionOrder, second.Questions[0].OptionOrder);
        Assert.Same(first.Questions[0].ItemId, second.Questions[0].ItemId);
        Assert.Same(first.Questions[0].Cell, second.Questions[0].Cell);
        Assert.Equal(["C", "A", "D", "B"], second.Questions[0].OptionOrder);
        Assert.Equal(["by5a-001", "by5a-002"], second.Questions.Select(q => q.ItemId));
        Assert.Equal([ItemType.Single, ItemType.Judge], second.Questions.Select(q => q.Kind!.Value));
        Assert.Empty(second.Questions[1].OptionOrder);
    }

    [Fact]
    public void DifferentOrders_StayDifferent()
    {
        var first = RoundTrip(Paper(["C", "A", "D", "B"]));
        var second = RoundTrip(Paper(["A", "C", "D", "B"]));

        SharedPaperParts.Share(first.Questions, new AnswerSheetState());
        SharedPaperParts.Share(second.Questions, new AnswerSheetState());

        Assert.Equal(["C", "A", "D", "B"], first.Questions[0].OptionOrder);
        Assert.Equal(["A", "C", "D", "B"], second.Questions[0].OptionOrder);
        Assert.NotSame(first.Questions[0], second.Questions[0]);
        Assert.Same(first.Questions[1], second.Questions[1]);
    }

    [Fact]
    public void QuestionsThatAreStoredApart_AreNotShared_AndEachReadsAsStored()
    {
        QuestionState[] apart =
        [
            new() { ItemId = "q", ItemVersion = 1, Kind = ItemType.Single, Points = 1m, Cell = "c", OptionOrder = ["A", "B"] },
            new() { ItemId = "q", ItemVersion = 2, Kind = ItemType.Single, Points = 1m, Cell = "c", OptionOrder = ["A", "B"] },
            new() { ItemId = "q", ItemVersion = 1, Kind = ItemType.Multiple, Points = 1m, Cell = "c", OptionOrder = ["A", "B"] },
            new() { ItemId = "q", ItemVersion = 1, Kind = ItemType.Single, Points = 1.0m, Cell = "c", OptionOrder = ["A", "B"] },
            new() { ItemId = "q", ItemVersion = 1, Kind = ItemType.Single, Points = 2m, Cell = "c", OptionOrder = ["A", "B"] },
            new() { ItemId = "q", ItemVersion = 1, Kind = ItemType.Single, Points = 1m, Cell = "d", OptionOrder = ["A", "B"] },
            new() { ItemId = "q", ItemVersion = 1, Kind = null, LegacyType = "single", Points = 1m, Cell = "c", OptionOrder = ["A", "B"] },
            new() { ItemId = "q", ItemVersion = 1, Kind = ItemType.Single, Points = 1m, Cell = "c", OptionOrder = ["B", "A"] },
        ];

        var shared = apart.Select(q => SharedPaperParts.Question(RoundTrip(q))).ToList();

        Assert.Equal(apart.Length, shared.Distinct().Count());
        for (var i = 0; i < apart.Length; i++)
        {
            Assert.Equal(Serializer.SerializeToArray(apart[i]), Serializer.SerializeToArray(shared[i]));
            Assert.Same(shared[i], SharedPaperParts.Question(RoundTrip(apart[i])));
        }
    }

    [Fact]
    public void AnswersReadBack_ShareTheirLabelLists_AndKeepTheirChoices()
    {
        var one = Sheet(new() { [0] = ["B"], [3] = ["A", "C"] });
        var other = Sheet(new() { [5] = ["B"], [7] = ["true"] });

        SharedPaperParts.Share([], one);
        SharedPaperParts.Share([], other);

        Assert.Same(one.Answers[0], other.Answers[5]);
        Assert.Equal(["A", "C"], one.Answers[3]);
        Assert.Equal(["true"], other.Answers[7]);
        Assert.Equal([0, 3], one.Answers.Keys.Order());
    }

    [Fact]
    public void Labels_IsEqualToItsInput_ForAnyList()
    {
        string[][] lists = [[], ["A"], ["E", "D", "C", "B", "A"], ["true"], ["A", "A"]];
        foreach (var list in lists)
        {
            Assert.Equal(list, SharedPaperParts.Labels(list));
            Assert.Same(SharedPaperParts.Labels(list), SharedPaperParts.Labels([.. list]));
        }
    }

    private static AttemptState Paper(List<string> order) => new()
    {
        Questions =
        [
            new QuestionState { ItemId = "by5a-001", ItemVersion = 1, Kind = ItemType.Single, Points = 1, Cell = "care", OptionOrder = order },
            new QuestionState { ItemId = "by5a-002", ItemVersion = 1, Kind = ItemType.Judge, Points = 1, Cell = "care" },
        ],
    };

    private static AnswerSheetState Sheet(Dictionary<int, List<string>> answers) => RoundTrip(new AnswerSheetState { Answers = answers });

    private static T RoundTrip<T>(T value) => Serializer.Deserialize<T>(Serializer.SerializeToArray(value))!;
}
