using System.Collections.Concurrent;
using CertEngine.Contracts;
using CertEngine.Contracts.Attempts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Sessions;
using CertEngine.Contracts.Tracks;

namespace CertEngine.Cluster.Tests.Infrastructure;

/// <summary>
/// Drives one theory sitting of the 家政服务员 五级 track through grain calls, as Demo/ExamDaySimulation does, and
/// remembers every answer the server acknowledged (SaveReply.Saved), so that after a crash each can be checked.
/// </summary>
public sealed class ExamSitting
{
    public const string TrackKey = "4-10-01-06/家务服务员/5";
    private const string Manager = "考务管理员";
    private readonly ConcurrentDictionary<(string Attempt, int Index), IReadOnlyList<string>> _acknowledged = new();
    private readonly ConcurrentQueue<(int Count, TaskCompletionSource Reached)> _waiters = new();

    private ExamSitting(string sessionId, IReadOnlyList<string> idNumbers)
    {
        SessionId = sessionId;
        IdNumbers = idNumbers;
    }

    public string SessionId { get; }

    /// <summary>The roster's ID numbers, seat 1 first.</summary>
    public IReadOnlyList<string> IdNumbers { get; }

    /// <summary>Attempt grain keys, seat 1 first.</summary>
    public IEnumerable<string> AttemptKeys => IdNumbers.Select(AttemptKey);

    /// <summary>Every acknowledged answer: attempt key and question index → the display labels saved.</summary>
    public IReadOnlyDictionary<(string Attempt, int Index), IReadOnlyList<string>> Acknowledged => _acknowledged;

    public string AttemptKey(string idNumber) => $"{SessionId}/{idNumber}";

    /// <summary>
    /// Opens the track, registers and enrols <paramref name="candidates"/> new candidates, schedules a theory sitting
    /// of <paramref name="minutes"/>, opens check-in (every paper assembled), checks everyone in and starts the clock.
    /// </summary>
    public static async Task<ExamSitting> StartAsync(IGrainFactory grains, string sessionId, int candidates, int minutes, int idSeed)
    {
        var track = grains.GetGrain<ICertificationTrackGrain>(TrackKey);
        if (await track.GetAsync() is null)
        {
            Check(await track.OpenAsync(1, Manager), "open track");
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var idNumbers = Enumerable.Range(0, candidates).Select(i => IdNumber(idSeed, i)).ToList();
        await InBatchesAsync(idNumbers, async id =>
        {
            Check(await grains.GetGrain<ICandidateGrain>(id).RegisterAsync(new CandidateProfile("测试考生", id, "长治市潞州区", ["集群测试"]), Manager), "register " + id);
            Check(await track.RegisterCandidateAsync(id, [new Evidence("work", "work", today.AddYears(-3), null, "家政服务员", null, null, null, true, 0)], Manager), "enrol " + id);
        });

        // RULES.md §4: at least max(2, ⌈n / 15⌉) proctors.
        var proctors = Enumerable.Range(1, Math.Max(2, (candidates + 14) / 15)).Select(i => $"监考员-{i:00}").ToList();
        var roster = idNumbers.Select((id, i) => new SeatAssignment(id, i + 1, $"T{idSeed:000}{i + 1:0000}")).ToList();
        var session = grains.GetGrain<IExamSessionGrain>(sessionId);
        Check(await session.ScheduleAsync(new SessionPlan(TrackKey, ExamComponent.Theory, "长治市职业技能鉴定中心", "理论机房 301",
            DateTimeOffset.UtcNow.AddMinutes(1), minutes, proctors, roster, [], null), Manager), "schedule");
        Check(await session.OpenCheckInAsync(proctors[0]), "open check-in");
        await InBatchesAsync(idNumbers, async id => Check(await session.CheckInAsync(id, proctors[0], true), "check in " + id));
        Check(await session.StartAsync(proctors[0]), "start");
        return new ExamSitting(sessionId, idNumbers);
    }

    /// <summary>
    /// Saves answers to questions <paramref name="firstIndex"/> … <paramref name="firstIndex"/>+<paramref name="count"/>−1
    /// of every attempt, many attempts at a time; records the acknowledged ones. A save that throws (a silo dying under
    /// it) is not acknowledged and is left out; with <paramref name="tolerateFailures"/> false it fails the test.
    /// </summary>
    /// <returns>How many saves were acknowledged.</returns>
    public async Task<int> SaveAnswersAsync(IGrainFactory grains, int firstIndex, int count, bool tolerateFailures = false)
    {
        var acknowledged = 0;
        await InBatchesAsync(IdNumbers, async id =>
        {
            var attempt = grains.GetGrain<IAttemptGrain>(AttemptKey(id));
            CandidatePaper? paper;
            try
            {
                paper = await attempt.GetPaperAsync();
            }
            catch (Exception) when (tolerateFailures)
            {
                return;
            }

            foreach (var question in (paper ?? throw new InvalidOperationException($"attempt {AttemptKey(id)} has no paper")).Questions.Skip(firstIndex).Take(count))
            {
                var choice = Choice(question, id);
                SaveReply reply;
                try
                {
                    reply = await attempt.SaveAnswerAsync(question.Index, choice);
                }
                catch (Exception) when (tolerateFailures)
                {
                    continue;
                }

                if (!reply.Saved)
                {
                    throw new InvalidOperationException($"attempt {AttemptKey(id)} question {question.Index}: refused: {reply.Reason}");
                }

                _acknowledged[(AttemptKey(id), question.Index)] = choice;
                Interlocked.Increment(ref acknowledged);
                foreach (var (wanted, reached) in _waiters.Where(waiter => _acknowledged.Count >= waiter.Count))
                {
                    reached.TrySetResult();
                }
            }
        });
        return acknowledged;
    }

    /// <summary>Completes once at least <paramref name="count"/> answers in all have been acknowledged.</summary>
    public Task WhenAcknowledgedAsync(int count)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters.Enqueue((count, reached));
        if (_acknowledged.Count >= count)
        {
            reached.TrySetResult();
        }

        return reached.Task;
    }

    /// <summary>Reads every attempt back and lists each acknowledged answer that is not stored as acknowledged.</summary>
    public async Task<List<string>> FindLostAnswersAsync(IGrainFactory grains)
    {
        var lost = new ConcurrentBag<string>();
        var byAttempt = _acknowledged.GroupBy(entry => entry.Key.Attempt).ToList();
        await InBatchesAsync(byAttempt, async group =>
        {
            var paper = await grains.GetGrain<IAttemptGrain>(group.Key).GetPaperAsync();
            foreach (var ((attempt, index), expected) in group)
            {
                var saved = paper?.Questions[index].Saved ?? [];
                if (!saved.SequenceEqual(expected))
                {
                    lost.Add($"{attempt} #{index}: acknowledged [{string.Join(",", expected)}], stored [{string.Join(",", saved)}]");
                }
            }
        });
        return [.. lost.Order(StringComparer.Ordinal)];
    }

    /// <summary>Runs <paramref name="call"/> for every item, 25 at a time, like a room of candidates' browsers.</summary>
    public static async Task InBatchesAsync<T>(IEnumerable<T> items, Func<T, Task> call)
    {
        foreach (var batch in items.Chunk(25))
        {
            await Task.WhenAll(batch.Select(call));
        }
    }

    private static IReadOnlyList<string> Choice(ShownQuestion question, string idNumber)
    {
        var spread = idNumber.Sum(digit => digit) + question.Index;
        return question.Type == "judge"
            ? [spread % 2 == 0 ? "true" : "false"]
            : [question.Options[spread % question.Options.Count].Label];
    }

    private static string IdNumber(int seed, int index) => CertEngine.TestSupport.IdNumbers.Seeded(seed, index);

    private static void Check(CommandReply reply, string step)
    {
        if (!reply.Accepted)
        {
            throw new InvalidOperationException($"{step}: {reply.Refusal}");
        }
    }
}
