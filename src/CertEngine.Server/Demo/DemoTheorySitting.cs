using CertEngine.Contracts;
using CertEngine.Contracts.Attempts;
using CertEngine.Contracts.Sessions;
using CertEngine.Domain.Papers;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Tracks;
using CertEngine.Grains.Library;
using Spectre.Console;

namespace CertEngine.Server.Demo;

/// <summary>
/// The theory sitting (理论知识考试) of a demo day: proctors by the track's ratio, check-in, papers answered by each
/// candidate's skill, question by question across the room, most hand in two thirds of the way through and the deadline
/// submits the rest. The candidate at seat 2 copies the wrong answers of seat 1 (the pair the integrity signals name).
/// The demo's 督导员 (<see cref="DemoSupervision"/>) is named on the sitting.
/// </summary>
internal static class DemoTheorySitting
{
    /// <summary>Schedules, holds and closes the sitting; each candidate's part score is the attempt's own result.</summary>
    public static async Task SitAsync(
        IGrainFactory grains, ExamLibrary library, Bank bank, Track track, TrackComponent component, SimulatedClock clock, string sessionId,
        List<DemoCandidate> candidates, Random random, ProgressTask task)
    {
        if (await library.PlanAsync(track.BankId, track.BankVersion, track.Key.Level, track.Key.WorkType) is not PaperPlanResult.Ready { Plan: var paperPlan })
        {
            throw new InvalidOperationException($"paper plan: 题库 {track.BankId} 第 {track.BankVersion} 版不能为 {track.Key} 组卷 (no theory paper for the track)");
        }

        // RULES.md §4: a 考场 needs max(2, ⌈candidates ÷ 15⌉) proctors; the first checks candidates in and hands out the paper.
        var proctors = ExamDaySimulation.Staff("监考员", ["监考员-李建国", "监考员-王红"], Math.Max(2, track.Staffing.ProctorsNeeded(candidates.Count)));
        var proctor = proctors[0];
        var session = grains.GetGrain<IExamSessionGrain>(sessionId);
        var plan = new SessionPlan(track.Key.ToString(), ExamComponent.Theory, "长治市职业技能鉴定中心", "理论机房 301", clock.GetUtcNow().AddMinutes(30), component.Minutes,
            proctors, candidates.Select((c, i) => new SeatAssignment(c.IdNumber, i + 1, c.Ticket)).ToList(), [], null, Supervisors: [DemoSupervision.Supervisor]);
        ExamDaySimulation.Check(await session.ScheduleAsync(plan, ExamDaySimulation.Actor), "schedule theory");
        ExamDaySimulation.Check(await session.OpenCheckInAsync(proctor), "open check-in");
        await ExamDaySimulation.Advance(clock, TimeSpan.FromMinutes(15));
        foreach (var candidate in candidates)
        {
            ExamDaySimulation.Check(await session.CheckInAsync(candidate.IdNumber, proctor, true), "check in");
        }

        await ExamDaySimulation.Advance(clock, TimeSpan.FromMinutes(15));
        ExamDaySimulation.Check(await session.StartAsync(proctor), "start");
        task.Increment(10);

        var seed = (await session.GetAsync())!.Seed;
        // Each candidate's answers are drawn first, in the same order as always (the day's random numbers stay the same).
        var papers = new List<Paper>();
        var answers = new List<List<string>?[]>();
        foreach (var (candidate, index) in candidates.Select((c, i) => (c, i)))
        {
            // The simulation re-derives each paper from the seed and seat, as an auditor would, to know the keys.
            var paper = paperPlan.Assemble(seed, index + 1);
            var chosen = new List<string>?[paper.Questions.Count];
            for (var q = 0; q < paper.Questions.Count; q++)
            {
                if (random.NextDouble() < 0.04)
                {
                    continue;
                }

                var question = paper.Questions[q];
                var right = random.NextDouble() < candidate.Skill;
                chosen[q] = Choice(question, bank.FindItem(question.ItemId)!, right, random);
            }

            papers.Add(paper);
            answers.Add(chosen);
        }

        CopyWrongAnswers(papers, answers, bank);
        // Then given question by question across the room, the clock moving on between them, as a room answers.
        var handIn = Math.Clamp(component.Minutes * 2 / 3, 30, 60);
        var longest = papers.Max(p => p.Questions.Count);
        var step = TimeSpan.FromMinutes(handIn) / (longest + 1);
        for (var q = 0; q < longest; q++)
        {
            await ExamDaySimulation.Advance(clock, step);
            foreach (var (candidate, index) in candidates.Select((c, i) => (c, i)))
            {
                var attempt = grains.GetGrain<IAttemptGrain>($"{sessionId}/{candidate.IdNumber}");
                if (q < answers[index].Length && answers[index][q] is { } choice)
                {
                    await attempt.SaveAnswerAsync(q, choice);
                }
                else
                {
                    // A question left out: the page still polls, so the candidate is not disconnected.
                    await attempt.HeartbeatAsync();
                }
            }

            task.Increment(60.0 / longest);
        }

        // Most hand in two thirds of the way (after an hour of 90 minutes; no hand-in before 30); the last fifth never do,
        // and the deadline submits them with no client at all.
        await ExamDaySimulation.Advance(clock, step);
        foreach (var candidate in candidates.Take(candidates.Count * 4 / 5))
        {
            await grains.GetGrain<IAttemptGrain>($"{sessionId}/{candidate.IdNumber}").SubmitAsync();
        }

        await ExamDaySimulation.Advance(clock, TimeSpan.FromMinutes(component.Minutes - handIn + 1));
        foreach (var candidate in candidates)
        {
            candidate.TheoryScore = (await grains.GetGrain<IAttemptGrain>($"{sessionId}/{candidate.IdNumber}").GetResultAsync())?.Score;
        }

        ExamDaySimulation.Check(await session.CloseAsync(proctor, "考试结束"), "close theory");
        task.Value = 100;
    }

    /// <summary>The seat whose candidate copies the wrong answers shown on the screen of the neighbour at <see cref="CopiedSeat"/> (the planted pair the signals name).</summary>
    public const int CopyingSeat = 2;

    /// <summary>The seat copied from.</summary>
    public const int CopiedSeat = 1;

    // The planted pair: wherever the neighbour answered wrongly, the copier gives what the neighbour's screen shows at the
    // same place (neighbouring seats hold different items), or the same option where both papers hold the item.
    private static void CopyWrongAnswers(List<Paper> papers, List<List<string>?[]> answers, Bank bank)
    {
        if (papers.Count < CopyingSeat)
        {
            return;
        }

        var (source, copier) = (papers[CopiedSeat - 1], papers[CopyingSeat - 1]);
        for (var q = 0; q < source.Questions.Count; q++)
        {
            var question = source.Questions[q];
            if (answers[CopiedSeat - 1][q] is not { } given || DisplayLabels.ToStoredAnswer(question, given) is not { } stored
                || stored.Order(StringComparer.Ordinal).SequenceEqual(bank.FindItem(question.ItemId)!.Key.Order(StringComparer.Ordinal)))
            {
                continue;
            }

            var same = copier.Questions.ToList().FindIndex(c => c.ItemId == question.ItemId);
            if (same >= 0)
            {
                answers[CopyingSeat - 1][same] = stored.Select(label => DisplayLabels.ToDisplay(copier.Questions[same], label)).OfType<string>().ToList();
            }
            else if (q < copier.Questions.Count && copier.Questions[q].Type == question.Type)
            {
                answers[CopyingSeat - 1][q] = [.. given];
            }
        }
    }

    private static List<string> Choice(PaperQuestion question, Item item, bool right, Random random)
    {
        if (question.Type == ItemType.Judge)
        {
            // A 判断 key is stored as option A (正确) or B (错误); candidates answer true or false.
            var truth = item.Key[0] is "A" or DisplayLabels.True;
            return [truth == right ? DisplayLabels.True : DisplayLabels.False];
        }

        var labels = new[] { "A", "B", "C", "D", "E", "F" };
        var keyed = question.OptionOrder.Select((stored, i) => (stored, i)).Where(x => item.Key.Contains(x.stored)).Select(x => labels[x.i]).ToList();
        if (right)
        {
            return keyed;
        }

        var wrong = Enumerable.Range(0, question.OptionOrder.Count).Select(i => labels[i]).Except(keyed).ToList();
        return [wrong[random.Next(wrong.Count)]];
    }
}
