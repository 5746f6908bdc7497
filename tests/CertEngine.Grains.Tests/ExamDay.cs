using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Sessions;
using CertEngine.Contracts.Tracks;

namespace CertEngine.Grains.Tests;

/// <summary>Builds the people and plans of an exam day with sensible defaults: fresh keys for every test.</summary>
public sealed class ExamDay(ExamClusterFixture fixture)
{
    public const string Track5 = "4-10-01-06/家务服务员/5";

    public IClusterClient Client => fixture.Client;

    public string SessionId { get; } = "S-" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>A valid, unique 18-digit ID number (Changzhi region code, birth in 1985).</summary>
    public static string NewIdNumber() => CertEngine.TestSupport.IdNumbers.New();

    public static IReadOnlyList<Evidence> WorkYears(int years) =>
        [new Evidence("work-1", "work", Today.AddYears(-years).AddDays(-1), null, "家政服务员", null, null, null, true, 0),
         new Evidence("train-1", "training", Today.AddDays(-30), null, null, null, null, null, false, 120)];

    private static DateOnly Today => DateOnly.FromDateTime(ExamClusterFixture.Epoch.UtcDateTime);

    public async Task OpenTrackAsync(string track = Track5) =>
        Assert.True((await Client.GetGrain<ICertificationTrackGrain>(track).OpenAsync(1, "admin")).Accepted);

    /// <summary>Registers and enrols candidates with two years of work; returns their ID numbers.</summary>
    public async Task<List<string>> EnrolAsync(int count, string track = Track5, IReadOnlyList<Evidence>? evidence = null)
    {
        await OpenTrackAsync(track);
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var id = NewIdNumber();
            var candidate = Client.GetGrain<ICandidateGrain>(id);
            Assert.True((await candidate.RegisterAsync(new CandidateProfile($"考生{i:00}", id, "潞州区", ["太行家政"]), "centre")).Accepted);
            var enrol = await Client.GetGrain<ICertificationTrackGrain>(track).RegisterCandidateAsync(id, evidence ?? WorkYears(2), "centre");
            Assert.True(enrol.Accepted, enrol.Refusal);
            ids.Add(id);
        }

        return ids;
    }

    /// <summary>A candidate's admission ticket number in the test plans: one per person (a number is one person's).</summary>
    public static string TicketOf(string idNumber) => "T" + idNumber[6..];

    public SessionPlan Plan(IReadOnlyList<string> ids, ExamComponent component = ExamComponent.Theory, string track = Track5) => new(
        track, component, "长治市职业技能鉴定中心", "301", fixture.Clock.GetUtcNow().AddMinutes(20), 90,
        ["proctor-1", "proctor-2"], ids.Select((id, i) => new SeatAssignment(id, i + 1, TicketOf(id))).ToList(),
        component == ExamComponent.Theory ? [] : ["assessor-1", "assessor-2", "assessor-3"], component == ExamComponent.Theory ? null : "assessor-1");

    /// <summary>Schedules, opens check-in and checks everyone in; returns the sitting.</summary>
    public async Task<IExamSessionGrain> ReadySessionAsync(IReadOnlyList<string> ids, ExamComponent component = ExamComponent.Theory, string track = Track5)
    {
        var session = Client.GetGrain<IExamSessionGrain>(SessionId);
        Expect(await session.ScheduleAsync(Plan(ids, component, track), "manager"));
        Expect(await session.OpenCheckInAsync("proctor-1"));
        foreach (var id in ids)
        {
            Expect(await session.CheckInAsync(id, "proctor-1", true));
        }

        return session;
    }

    /// <summary>
    /// Why a reply was refused, compactly: each reason code with its args, and the reasons it passes on after an arrow
    /// (<c>SessionCannotStart() ← StaffingProctorsShort(2,2,1,15,2)</c>); the words of areas not yet on codes after a bar.
    /// </summary>
    public static string Why(CommandReply reply) =>
        Why(reply.Reason) + (reply.Refusal is { } words ? $" | {words}" : "");

    /// <summary>A reason code with its args and causes, as <see cref="Why(CommandReply)"/> writes it.</summary>
    public static string Why(Refusal? reason) =>
        reason is null ? "" : $"{reason.Code}({string.Join(',', reason.Args)})" + (reason.Cause is { } cause ? " ← " + Why(cause) : "");

    public static void Expect(CommandReply reply) => Assert.True(reply.Accepted, $"{reply.Refusal} {reply.Reason}");
}
