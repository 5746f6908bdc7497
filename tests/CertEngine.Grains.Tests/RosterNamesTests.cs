using System.Data.Common;
using CertEngine.Grains.Candidates;
using CertEngine.Storage.Records.Candidates;

namespace CertEngine.Grains.Tests;

/// <summary>
/// A roster names its candidates from the record store's directory: a proctor's console reads it every few seconds, and
/// a grain call per seat kept every candidate's grain in memory for the whole sitting (issue 18). A name the directory
/// does not hold, or every name while it does not answer, still comes from the candidate's grain.
/// </summary>
[Collection(ExamClusterCollection.Name)]
public sealed class RosterNamesTests(ExamClusterFixture fixture)
{
    private readonly ExamDay _day = new(fixture);

    [Fact]
    public async Task Roster_ReadAgainAndAgain_NamesEveryCandidate_WithoutReadingTheirGrains()
    {
        var ids = await _day.EnrolAsync(3);
        var session = await _day.ReadySessionAsync(ids);

        fixture.CandidateReads.Reset();
        var first = await session.GetRosterAsync();
        var second = await session.GetRosterAsync();

        Assert.Equal(["考生00", "考生01", "考生02"], first.OrderBy(l => l.Seat).Select(l => l.Name));
        Assert.Equal(first.Select(l => (l.Seat, l.Name)), second.Select(l => (l.Seat, l.Name)));
        Assert.Equal(0, fixture.CandidateReads.Count);
    }

    [Fact]
    public async Task Names_NotYetInTheDirectory_OrWhileItFails_ComeFromTheGrains()
    {
        var ids = await _day.EnrolAsync(2);
        var unknown = ExamDay.NewIdNumber();
        var partial = new StubDirectory(new Dictionary<string, string> { [ids[0]] = "目录中的名字" });

        fixture.CandidateReads.Reset();
        var fromBoth = await CandidateNames.OfAsync(partial, fixture.Client, [ids[0], ids[1], unknown]);
        var readsForTheMissing = fixture.CandidateReads.Count;
        var whileFailing = await CandidateNames.OfAsync(new StubDirectory(null), fixture.Client, ids);

        Assert.Equal("目录中的名字", fromBoth[ids[0]]);
        Assert.Equal("考生01", fromBoth[ids[1]]);
        Assert.False(fromBoth.ContainsKey(unknown));
        Assert.Equal(2, readsForTheMissing);
        Assert.Equal(["考生00", "考生01"], ids.Select(id => whileFailing[id]));
    }

    // A directory holding the given names, or failing as an unreachable database does when it holds none.
    private sealed class StubDirectory(IReadOnlyDictionary<string, string>? names) : ICandidateDirectory
    {
        public Task<CandidateListingPage> SearchAsync(CandidateSearch search, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<string?> IdNumberOfAsync(string internalId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> idNumbers, CancellationToken cancellationToken = default) =>
            names is null ? throw new StubDbException() : Task.FromResult(names);
    }

    private sealed class StubDbException() : DbException("the record store does not answer");
}
