using System.Globalization;
using System.Net.Http.Headers;
using CertEngine.Domain.Candidates;
using MiniExcelLibs;

namespace CertEngine.Benchmarks.ExamDay.Core;

/// <summary>
/// Sets an exam day up as a centre would, through the public API only: the first Admin, the track opened, staff
/// accounts, candidates registered and enrolled from spreadsheets (批量导入, at most 5,000 rows a file), theory sittings of
/// <see cref="ExamDaySettings.SittingSize"/> with their proctors and practical sittings with their assessors (one
/// request per sitting, its whole roster in it), check-in opened and every theory candidate checked in (practical
/// candidates are checked in when their sittings come, <see cref="CheckInAsync"/>).
/// </summary>
public sealed class ExamDaySetup(ExamDaySettings settings, ExamDayHttp http, IExamDayProgress progress)
{
    /// <summary>The password of every account the run makes.</summary>
    public const string Password = "exam-day-driver-password";

    private const int ImportRows = 1_000;
    private const int InFlight = 16;

    /// <summary>Everything set up, ready for the day.</summary>
    public async Task<ExamDayPlan> RunAsync()
    {
        var admin = await AdminAsync();
        await http.MustAsync("tracks.open", 0, HttpMethod.Post, "/api/tracks/open", admin, new { key = settings.Track, bankVersion = settings.BankVersion }, allowConflict: true);
        var candidates = Enumerable.Range(0, settings.Candidates).Select(i => new ExamDayPerson(
            IdNumberFor(settings.Prefix, i), $"考生{i:00000}", i)).ToList();

        var theory = candidates.Chunk(settings.SittingSize).Select((chunk, s) => new ExamDaySitting(
            $"T-{settings.Prefix}-{s:0000}", "theory", chunk, s * settings.Waves / Math.Max(1, (candidates.Count + settings.SittingSize - 1) / settings.SittingSize))).ToList();
        var practical = candidates.Chunk(settings.PracticalSize).Select((chunk, p) => new ExamDaySitting($"P-{settings.Prefix}-{p:0000}", "practical", chunk, 0)).ToList();
        var proctors = Enumerable.Range(0, Math.Max(7, (theory.Count + practical.Count + 9) / 10)).Select(p => $"ed{settings.Prefix}.proctor{p:000}").ToList();
        var assessors = Enumerable.Range(0, Math.Max(3, (practical.Count * 3 + 9) / 10)).Select(a => $"ed{settings.Prefix}.assessor{a:000}").ToList();

        progress.Phase("setup: staff accounts", proctors.Count + assessors.Count);
        var staff = new Dictionary<string, string>(StringComparer.Ordinal);
        var made = await ParallelAsync(proctors.Select(p => (p, "Proctor")).Concat(assessors.Select(a => (a, "Assessor"))).ToList(), 4, async pair =>
        {
            await http.MustAsync("staff.create", 0, HttpMethod.Post, "/api/staff", admin, new { userName = pair.Item1, displayName = pair.Item1, roles = new[] { pair.Item2 }, password = Password }, allowConflict: true);
            var signedIn = await http.MustAsync("staff.sign-in", 0, HttpMethod.Post, "/api/account/sign-in", null, new { userName = pair.Item1, password = Password });
            progress.Advance();
            return (pair.Item1, signedIn.Cookies!);
        });
        foreach (var (name, cookie) in made)
        {
            staff[name] = cookie;
        }

        progress.Phase("setup: spreadsheet import", candidates.Count);
        await ParallelAsync(candidates.Chunk(ImportRows).ToList(), 2, async rows =>
        {
            var reply = await http.MustAsync("candidates.import", 0, HttpMethod.Post, "/api/candidates/import", admin, content: Workbook(rows));
            var outcome = reply.Json;
            if (outcome.GetProperty("registered").GetInt32() != rows.Length || outcome.GetProperty("enrolled").GetInt32() != rows.Length)
            {
                throw new InvalidOperationException("import: " + reply.Text[..Math.Min(600, reply.Text.Length)]);
            }

            progress.Advance(rows.Length);
            return 0;
        });

        // One admission ticket number per candidate, as a centre gives them: the number of the theory seat, kept on the
        // practical roster (the server refuses a second number for a candidate whose sittings share a batch, or none).
        var tickets = theory.SelectMany(s => s.People.Select((p, seat) => (p.IdNumber, Ticket: $"{s.Id}-{seat + 1:000}")))
            .ToDictionary(t => t.IdNumber, t => t.Ticket, StringComparer.Ordinal);

        progress.Phase("setup: scheduling", theory.Count + practical.Count);
        var now = settings.StartsAt ?? DateTimeOffset.UtcNow;
        await ParallelAsync(theory.Concat(practical).Select((s, i) => (s, i)).ToList(), 4, async pair =>
        {
            var (sitting, i) = pair;
            var isTheory = sitting.Component == "theory";
            var named = Enumerable.Range(0, isTheory ? Math.Max(2, (sitting.People.Count + 14) / 15) : 2).Select(k => proctors[(i + k) % proctors.Count]).Distinct().ToList();
            var panel = isTheory ? [] : Enumerable.Range(0, 3).Select(k => assessors[(i * 3 + k) % assessors.Count]).ToList();
            sitting.Proctor = named[0];
            sitting.Assessors = panel;
            await http.MustAsync("sessions.schedule", 0, HttpMethod.Post, "/api/sessions", admin, new
            {
                id = sitting.Id, trackKey = settings.Track, component = sitting.Component, centre = "长治市考试日负载中心", room = sitting.Id,
                startsAt = isTheory ? now : now.AddMinutes(settings.Minutes + 30), minutes = settings.Minutes, proctors = named,
                roster = sitting.People.Select((p, seat) => new { idNumber = p.IdNumber, seat = seat + 1, ticket = tickets[p.IdNumber] }).ToArray(),
                assessors = isTheory ? null : panel, chiefAssessor = isTheory ? null : panel[0],
            });
            progress.Advance();
            return 0;
        });

        // Theory check-in now; a practical sitting's candidates are checked in at its door, after the theory sittings
        // (ExamDayFlow's practical phase), as on a real day: checked in here, 20,000 practical attempts would sit in the
        // server's memory through the whole theory day and count as the theory's.
        await CheckInAsync(http, progress, "setup: check-in", theory, staff);

        return new ExamDayPlan(admin, candidates, theory, practical, staff);
    }

    /// <summary>
    /// Opens check-in on each sitting and checks every candidate in, as its proctor does at the door; for a theory sitting
    /// it then reads the numbers the candidates sign in with from the proctor's roster.
    /// </summary>
    internal static Task CheckInAsync(ExamDayHttp http, IExamDayProgress progress, string phase, IReadOnlyList<ExamDaySitting> sittings, IReadOnlyDictionary<string, string> staff)
    {
        progress.Phase(phase, sittings.Sum(s => s.People.Count));
        return ParallelAsync(sittings, 4, async sitting =>
        {
            var cookie = staff[sitting.Proctor];
            await http.MustAsync("sessions.open-check-in", 0, HttpMethod.Post, $"/api/sessions/{sitting.Id}/open-check-in", cookie);
            await ParallelAsync(sitting.People.ToList(), 4, async person =>
            {
                await http.MustAsync("sessions.check-in", 0, HttpMethod.Post, $"/api/sessions/{sitting.Id}/check-in", cookie, new { idNumber = person.IdNumber, identityConfirmed = true });
                progress.Advance();
                return 0;
            });
            sitting.AccessCode = (await http.MustAsync("sessions.view", 0, HttpMethod.Get, $"/api/sessions/{sitting.Id}", cookie)).Json.GetProperty("accessCode").GetString() ?? "";
            if (sitting.Component != "theory")
            {
                return 0;
            }

            // The numbers the candidates sign in with, as the proctor's roster shows them (not predicted from the seats).
            sitting.Tickets = (await http.MustAsync("sessions.roster", 0, HttpMethod.Get, $"/api/sessions/{sitting.Id}/roster", cookie)).Json.EnumerateArray()
                .ToDictionary(line => line.GetProperty("seat").GetInt32(), line => line.GetProperty("ticket").GetString()!);
            if (sitting.Tickets.Count != sitting.People.Count)
            {
                throw new InvalidOperationException($"sitting {sitting.Id}: the roster lists {sitting.Tickets.Count} seats, {sitting.People.Count} were scheduled");
            }

            return 0;
        });
    }

    private async Task<string> AdminAsync()
    {
        const string userName = "examday.admin";
        await http.MustAsync("setup", 0, HttpMethod.Post, "/api/setup", null, new { token = settings.SetupToken, userName, displayName = "考试日管理员", password = Password }, allowConflict: true);
        return (await http.MustAsync("staff.sign-in", 0, HttpMethod.Post, "/api/account/sign-in", null, new { userName, password = Password })).Cookies!;
    }

    // The candidate list as a centre fills in the template: name, ID number, county, tags, the track applied for, years of work.
    private MultipartFormDataContent Workbook(IReadOnlyList<ExamDayPerson> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.Select(p => new Dictionary<string, object?>
        {
            ["姓名"] = p.Name, ["身份证号"] = p.IdNumber, ["县区"] = "潞州区", ["标签"] = "考试日", ["申报项目"] = settings.Track, ["工作年限"] = 2,
        }).ToList());
        var file = new ByteArrayContent(stream.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { file, "file", "考生名单.xlsx" } };
    }

    /// <summary>Runs <paramref name="action"/> over the items with at most <paramref name="width"/> (× <see cref="InFlight"/>/4) in flight.</summary>
    internal static async Task<List<TResult>> ParallelAsync<T, TResult>(IReadOnlyList<T> items, int width, Func<T, Task<TResult>> action)
    {
        var results = new TResult[items.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, items.Count), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, width * InFlight / 4) },
            async (i, _) => results[i] = await action(items[i]));
        return [.. results];
    }

    /// <summary>A valid ID number, unique per run prefix and index below 100,000 (birth dates in 1970–1999).</summary>
    public static string IdNumberFor(string prefix, int i)
    {
        var serial = (Math.Abs(StableHash(prefix)) + i) % 1000;
        var body = string.Create(CultureInfo.InvariantCulture, $"1404{i / 1000 % 100:00}{1970 + i % 30}{1 + i / 30 % 12:00}{1 + i / 360 % 28:00}{serial:000}");
        return body + IdentityNumber.CheckCharacterOf(body);
    }

    private static int StableHash(string text) => text.Aggregate(17, (h, c) => unchecked((h * 31) + c)) & 0x7fffffff;
}
