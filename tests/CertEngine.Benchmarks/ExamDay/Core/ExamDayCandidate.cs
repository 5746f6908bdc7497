using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace CertEngine.Benchmarks.ExamDay.Core;

/// <summary>
/// One candidate's browser on the exam page: signs in with ticket, ID number and access code, loads the paper, polls
/// <c>/api/attempt/status</c>, saves one answer at a time after some thought, now and then loses its connection and
/// keeps its answers in a queue that it sends again once back. Every answer the server acknowledged is remembered, to be
/// read back at the end; the last acknowledged value of each question is what must be there.
/// </summary>
public sealed class ExamDayCandidate(ExamDayPerson person, ExamDaySitting sitting, int seat, int silo, bool diligent)
{
    private readonly Dictionary<int, string> _pending = [];
    private DateTimeOffset _offlineUntil = DateTimeOffset.MinValue;
    private int _next;

    public ExamDayPerson Person => person;

    public ExamDaySitting Sitting => sitting;

    /// <summary>The silo this browser talks to (another one once it is gone).</summary>
    public int Silo { get; private set; } = silo;

    public string? Cookie { get; private set; }

    public IReadOnlyList<PaperQuestion> Questions { get; private set; } = [];

    /// <summary>The last acknowledged answer of each question.</summary>
    public Dictionary<int, string> Acknowledged { get; } = [];

    /// <summary>Held while one save is in flight and acknowledged (the candidate's own and the capacity burst's).</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Sign-in plus paper, as the candidate waited for it (ms); null when the paper never came.</summary>
    public double? StartMilliseconds { get; private set; }

    /// <summary>When, on the driver's clock, the server's deadline falls.</summary>
    public TimeSpan? DeadlineAt { get; private set; }

    public bool Diligent => diligent;

    /// <summary>Signs in and loads the paper, keeping of each question what <paramref name="key"/> resolves; false when either failed.</summary>
    public async Task<bool> StartAsync(ExamDayHttp http, Stopwatch clock, AnswerKey key)
    {
        var started = Stopwatch.GetTimestamp();
        var signedIn = await http.SendAsync("candidate.sign-in", Silo, HttpMethod.Post, "/api/candidate/sign-in", null,
            new { ticket = sitting.Ticket(seat), idNumber = person.IdNumber, accessCode = sitting.AccessCode });
        if (!signedIn.Ok || signedIn.Cookies is null)
        {
            return false;
        }

        Cookie = signedIn.Cookies;
        var paper = await http.SendAsync("attempt.paper", Silo, HttpMethod.Get, "/api/attempt", Cookie);
        if (!paper.Ok)
        {
            return false;
        }

        var view = paper.Json;
        Questions = [.. view.GetProperty("questions").EnumerateArray().Select(q => key.Resolve(new ShownQuestionText(
            q.GetProperty("index").GetInt32(), q.GetProperty("stem").GetString() ?? "",
            [.. q.GetProperty("options").EnumerateArray().Select(o => (o.GetProperty("label").GetString()!, o.GetProperty("text").GetString() ?? ""))])))];
        DeadlineAt = clock.Elapsed + TimeSpan.FromSeconds(view.GetProperty("remainingSeconds").GetDouble());
        StartMilliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return Questions.Count > 0;
    }

    /// <summary>The exam page until <paramref name="until"/> (driver clock): polls, answers, losses of connection; then sends what is queued.</summary>
    public async Task RunAsync(ExamDayHttp http, ExamDaySettings settings, Stopwatch clock, TimeSpan until, Random random)
    {
        if (Cookie is null || Questions.Count == 0)
        {
            return;
        }

        var meanThink = diligent ? (until - clock.Elapsed) / (Questions.Count * 1.05) : settings.SaveEvery;
        var nextPoll = clock.Elapsed + settings.PollEvery * random.NextDouble();
        var nextSave = clock.Elapsed + Think(meanThink, random);
        while (true)
        {
            var now = clock.Elapsed;
            var due = nextPoll < nextSave ? nextPoll : nextSave;
            if (due >= until)
            {
                break;
            }

            if (due > now)
            {
                await Task.Delay(due - now);
            }

            if (due == nextPoll)
            {
                nextPoll += settings.PollEvery;
                if (Online && await http.SendAsync("attempt.status", Silo, HttpMethod.Get, "/api/attempt/status", Cookie) is { Ok: false } failed)
                {
                    // A silo that no longer answers is left, as a load balancer leaves it; the poll comes again later.
                    LeaveIfGone(http, failed);
                    GoOffline(TimeSpan.FromSeconds(2));
                }
            }
            else
            {
                nextSave += Think(meanThink, random);
                var (index, choice) = Choose(random);
                _pending[index] = choice;
                if (random.NextDouble() < settings.DisconnectChance)
                {
                    GoOffline(settings.OfflineFor * (0.2 + (0.8 * random.NextDouble())));
                }
            }

            if (Online && _pending.Count > 0)
            {
                await SendQueuedAsync(http);
            }
        }

        _offlineUntil = DateTimeOffset.MinValue;
        await SendQueuedAsync(http);
    }

    /// <summary>One save of the capacity burst: a random answer, acknowledged as the candidate's own are.</summary>
    public async Task<bool> BurstSaveAsync(ExamDayHttp http, Random random)
    {
        if (Cookie is null || Questions.Count == 0)
        {
            return false;
        }

        var question = Questions[random.Next(Questions.Count)];
        return await SaveAsync(http, "attempt.save.burst", question.Index, question.Labels[random.Next(question.Labels.Count)]);
    }

    /// <summary>Hands in (allowed only after the earliest hand-in time, so only in sittings longer than that).</summary>
    public async Task HandInAsync(ExamDayHttp http) => await http.SendAsync("attempt.submit", Silo, HttpMethod.Post, "/api/attempt/submit", Cookie);

    /// <summary>Reads the paper back; the number of acknowledged answers that are missing or differ.</summary>
    public async Task<int> ReadBackAsync(ExamDayHttp http)
    {
        var paper = await PersistAsync(http, "attempt.read-back", "/api/attempt");
        if (!paper.Ok)
        {
            return Acknowledged.Count;
        }

        var saved = paper.Json.GetProperty("questions").EnumerateArray()
            .ToDictionary(q => q.GetProperty("index").GetInt32(), q => q.GetProperty("saved").EnumerateArray().Select(s => s.GetString()).FirstOrDefault());
        return Acknowledged.Count(a => !saved.TryGetValue(a.Key, out var stored) || stored != a.Value);
    }

    /// <summary>
    /// The attempt after the deadline: whether its hand-in is stored and how many answers it holds. The paper view answers
    /// once the hand-in is done (graded, saved, delivered), with its receipt; the status poll answers at once from the
    /// attempt's memory, so it cannot tell that the hand-in is stored.
    /// </summary>
    public async Task<(bool Submitted, int Answered)> HandedInAsync(ExamDayHttp http)
    {
        var paper = await PersistAsync(http, "attempt.handed-in", "/api/attempt");
        if (!paper.Ok)
        {
            return (false, 0);
        }

        var json = paper.Json;
        var stored = json.GetProperty("status").GetString() == "submitted" && json.TryGetProperty("receipt", out var receipt) && receipt.ValueKind == JsonValueKind.Object;
        return (stored, json.GetProperty("answered").GetInt32());
    }

    private bool Online => DateTimeOffset.UtcNow >= _offlineUntil;

    /// <summary>
    /// A read that must get its answer (the checks at the end): a silo that does not answer is left for the next one, and a
    /// 503 (a silo of the cluster not reachable yet, its grains still moving) is tried again a few times, as a browser
    /// behind a load balancer would.
    /// </summary>
    private async Task<ExamDayHttp.Reply> PersistAsync(ExamDayHttp http, string endpoint, string path)
    {
        var reply = await http.SendAsync(endpoint, Silo, HttpMethod.Get, path, Cookie);
        for (var retry = 1; retry <= 6 && reply.Status is 0 or HttpStatusCode.ServiceUnavailable; retry++)
        {
            LeaveIfGone(http, reply);
            await Task.Delay(TimeSpan.FromSeconds(retry));
            reply = await http.SendAsync(endpoint + ".retry", Silo, HttpMethod.Get, path, Cookie);
        }

        return reply;
    }

    private void LeaveIfGone(ExamDayHttp http, ExamDayHttp.Reply reply)
    {
        if (reply.Status == 0 && http.Silos.Count > 1)
        {
            Silo = (Silo + 1) % http.Silos.Count;
        }
    }

    private void GoOffline(TimeSpan span) => _offlineUntil = DateTimeOffset.UtcNow + span;

    private async Task SendQueuedAsync(ExamDayHttp http)
    {
        foreach (var (index, choice) in _pending.ToList())
        {
            if (await SaveAsync(http, "attempt.save", index, choice))
            {
                _pending.Remove(index);
            }
            else
            {
                // The connection is gone: keep the queue, try another silo if this one no longer answers, and wait.
                if (http.Silos.Count > 1)
                {
                    Silo = (Silo + 1) % http.Silos.Count;
                }

                GoOffline(TimeSpan.FromSeconds(2));
                return;
            }
        }
    }

    private async Task<bool> SaveAsync(ExamDayHttp http, string endpoint, int index, string choice)
    {
        await Gate.WaitAsync();
        try
        {
            var reply = await http.SendAsync(endpoint, Silo, HttpMethod.Put, $"/api/attempt/answers/{index}", Cookie, new { choices = new[] { choice } });
            if (reply.Ok)
            {
                Acknowledged[index] = choice;
            }

            return reply.Ok || reply.Status == HttpStatusCode.Conflict;   // a refusal (time up) is final, not a lost connection
        }
        finally
        {
            Gate.Release();
        }
    }

    // The next unanswered question, else a change of mind on an answered one; right with the chance a candidate of this kind has.
    private (int Index, string Choice) Choose(Random random)
    {
        var question = _next < Questions.Count ? Questions[_next++] : Questions[random.Next(Questions.Count)];
        var choice = question.Right is { } right && random.NextDouble() < (diligent ? 0.95 : 0.7) ? right : question.Labels[random.Next(question.Labels.Count)];
        return (question.Index, choice);
    }

    private static TimeSpan Think(TimeSpan mean, Random random) => mean * Math.Min(5, -Math.Log(1 - random.NextDouble()));
}
