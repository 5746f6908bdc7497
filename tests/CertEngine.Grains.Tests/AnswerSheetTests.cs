using CertEngine.Contracts.Attempts;
using CertEngine.Grains.Attempts;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace CertEngine.Grains.Tests;

/// <summary>An attempt keeps its answers in their own small record, and moves answers older versions kept in the attempt's.</summary>
[Collection(ExamClusterCollection.Name)]
public sealed class AnswerSheetTests(ExamClusterFixture fixture)
{
    private readonly ExamDay _day = new(fixture);

    [Fact]
    public async Task SaveAnswer_WritesOnlyTheAnswerSheet_NotTheAttemptWithItsPaper()
    {
        var ids = await _day.EnrolAsync(1);
        var session = await _day.ReadySessionAsync(ids);
        ExamDay.Expect(await session.StartAsync("proctor-1"));
        var attempt = fixture.Client.GetGrain<IAttemptGrain>($"{_day.SessionId}/{ids[0]}");
        var paper = (await attempt.GetPaperAsync())!;
        var before = await ReadAsync<AttemptState>("attempt", attempt);

        var saved = await attempt.SaveAnswerAsync(1, [Choice(paper, 1)]);

        Assert.True(saved.Saved, saved.Reason?.ToString());
        var after = await ReadAsync<AttemptState>("attempt", attempt);
        Assert.Equal(before.ETag, after.ETag);
        var sheet = await ReadAsync<AnswerSheetState>("answers", attempt);
        Assert.Equal([1], sheet.State.Answers.Keys);
    }

    [Fact]
    public async Task Activation_OfAnAttemptSavedByAnOlderVersion_MovesItsAnswersToTheSheet()
    {
        var ids = await _day.EnrolAsync(1);
        var session = await _day.ReadySessionAsync(ids);
        ExamDay.Expect(await session.StartAsync("proctor-1"));
        var original = fixture.Client.GetGrain<IAttemptGrain>($"{_day.SessionId}/{ids[0]}");
        var paper = (await original.GetPaperAsync())!;
        var choice = Choice(paper, 2);
        Assert.True((await original.SaveAnswerAsync(2, [choice])).Saved);

        // An attempt record as an older version wrote it: the answers inside, no answer sheet. It goes under a key never
        // activated, so the grain meets it on its first activation.
        var legacy = fixture.Client.GetGrain<IAttemptGrain>($"{_day.SessionId}/legacy-{ids[0]}");
        var stored = await ReadAsync<AttemptState>("attempt", original);
        var sheet = await ReadAsync<AnswerSheetState>("answers", original);
#pragma warning disable CS0618 // writing the field older versions used
        stored.State.Answers = sheet.State.Answers;
#pragma warning restore CS0618
        await Storage.WriteStateAsync("attempt", legacy.GetGrainId(), new GrainState<AttemptState>(stored.State));

        var reloaded = (await legacy.GetPaperAsync())!;

        Assert.Equal([choice], reloaded.Questions[2].Saved);
        var moved = await ReadAsync<AttemptState>("attempt", legacy);
#pragma warning disable CS0618
        Assert.Empty(moved.State.Answers);
#pragma warning restore CS0618
        Assert.Equal([2], (await ReadAsync<AnswerSheetState>("answers", legacy)).State.Answers.Keys);
        Assert.True((await legacy.SaveAnswerAsync(3, [Choice(paper, 3)])).Saved);
        Assert.Equal([2, 3], (await ReadAsync<AnswerSheetState>("answers", legacy)).State.Answers.Keys.Order());
    }

    private IGrainStorage Storage =>
        ((InProcessSiloHandle)fixture.Cluster.Silos[0]).SiloHost.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Exams);

    private async Task<(T State, string? ETag)> ReadAsync<T>(string name, IAttemptGrain attempt)
        where T : new()
    {
        var state = new GrainState<T>(new T());
        await Storage.ReadStateAsync(name, attempt.GetGrainId(), state);
        return (state.State ?? throw new InvalidOperationException($"no {name} state"), state.ETag);
    }

    private static string Choice(CandidatePaper paper, int index) => paper.Questions[index].Type == "judge" ? "true" : "A";
}
