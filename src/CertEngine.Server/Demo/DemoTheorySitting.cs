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
/// candidate's skill, most hand in two thirds of the way through and the deadline submits the rest.
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
            proctors, candidates.Select((c, i) => new SeatAssignment(c.IdNumber, i + 1, c.Ticket)).ToList(), [], null);
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
        foreach (var (candidate, index) in candidates.Select((c, i) => (c, i)))
        {
            // The simulation re-derives each paper from the seed and seat, as an auditor would, to know the keys.
            var paper = paperPlan.Assemble(seed, index + 1);
            var attempt = grains.GetGrain<IAttemptGrain>($"{sessionId}/{candidate.IdNumber}");
            for (var q = 0; q < paper.Questions.Count; q++)
            {
                if (random.NextDouble() < 0.04)
                {
                    continue;
                }

                var question = paper.Questions[q];
                var item = bank.FindItem(question.ItemId)!;
                var right = random.NextDouble() < candidate.Skill;
                await attempt.SaveAnswerAsync(q, Choice(question, item, right, random));
            }

            task.Increment(60.0 / candidates.Count);
        }

        // Most hand in two thirds of the way (after an hour of 90 minutes; no hand-in before 30); the last fifth never do,
        // and the deadline submits them with no client at all.
        var handIn = Math.Clamp(component.Minutes * 2 / 3, 30, 60);
        await ExamDaySimulation.Advance(clock, TimeSpan.FromMinutes(handIn));
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
