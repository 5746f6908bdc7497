using CertEngine.Contracts;
using CertEngine.Contracts.Practical;
using CertEngine.Contracts.Sessions;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Tracks;
using Spectre.Console;

namespace CertEngine.Server.Demo;

/// <summary>
/// A scored sitting of a demo day (操作技能考核 or 综合评审): a room staffed by the track's ratio, each candidate
/// scored blind by a group of assessors, and one task held for the chief's adjudication.
/// </summary>
internal static class DemoScoredSitting
{
    /// <summary>Schedules, staffs, holds and closes the sitting; each candidate's part score comes from the assessors' sheets.</summary>
    public static async Task SitAsync(
        IGrainFactory grains, Track track, DemoRoom room, SimulatedClock clock, List<DemoCandidate> candidates, Random random, ProgressTask task)
    {
        // RULES.md §4: a practical room of 30 needs max(3, ⌈30 ÷ 5⌉) = 6 assessors, rounded up to an odd 7 (the demo never
        // seats fewer than 7); a 综合评审 panel at least 3, odd. Each candidate is scored by a group of the track's size
        // (3 by default), assigned by the sitting.
        var practical = room.Component == ExamComponent.Practical;
        var scoring = track.Component(practical ? ComponentKind.Practical : ComponentKind.Review)!.Scoring?.Assessors ?? 3;
        var count = practical
            ? Math.Max(Math.Max(7, track.Staffing.AssessorsNeeded(candidates.Count)), scoring)
            : Math.Max(track.Staffing.MinimumPanel, scoring);
        count += (practical ? track.Staffing.OddAssessors : track.Staffing.OddPanel) && count % 2 == 0 ? 1 : 0;
        var assessors = ExamDaySimulation.Staff(practical ? "考评员" : "评审委员",
            practical ? ["考评员-赵敏", "考评员-孙立", "考评员-周芳", "考评员-吴刚", "考评员-郑丽", "考评员-冯涛", "考评员-陈静"] : ["评审委员-赵敏", "评审委员-孙立", "评审委员-周芳"],
            count);
        const string Proctor = "监考员-王红";
        var session = grains.GetGrain<IExamSessionGrain>(room.SessionId);
        var plan = new SessionPlan(track.Key.ToString(), room.Component, "长治市职业技能鉴定中心", room.Name, clock.GetUtcNow().AddMinutes(30), room.Minutes,
            [Proctor], candidates.Select((c, i) => new SeatAssignment(c.IdNumber, i + 1, c.Ticket)).ToList(), assessors, assessors[0]);
        var step = practical ? "practical" : "review";
        ExamDaySimulation.Check(await session.ScheduleAsync(plan, ExamDaySimulation.Actor), "schedule " + step);
        ExamDaySimulation.Check(await session.OpenCheckInAsync(Proctor), $"open {step} check-in");
        foreach (var candidate in candidates)
        {
            ExamDaySimulation.Check(await session.CheckInAsync(candidate.IdNumber, Proctor, true), step + " check in");
        }

        await ExamDaySimulation.Advance(clock, TimeSpan.FromMinutes(30));
        ExamDaySimulation.Check(await session.StartAsync(Proctor), "start " + step);
        var adjudicated = false;
        foreach (var candidate in candidates)
        {
            var attempt = grains.GetGrain<IPracticalAttemptGrain>($"{room.SessionId}/{candidate.IdNumber}");
            var group = 0;
            var points = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var assessor in assessors)
            {
                if (await attempt.GetAssessorViewAsync(assessor) is not { } view)
                {
                    continue;
                }

                group++;
                foreach (var taskView in view.Tasks)
                {
                    // One assessor misreads one candidate's first task badly: the spread sends it to the chief.
                    var outlier = !adjudicated && candidate.Skill > 0.7 && group == 3 && taskView == view.Tasks[0];
                    points[taskView.TaskId] = taskView.Points;
                    ExamDaySimulation.Check(await attempt.SubmitSheetAsync(assessor, taskView.TaskId, Sheet(taskView, outlier ? 0.3 : candidate.Skill, random)), "score");
                }
            }

            if (!adjudicated && (await attempt.GetStatusAsync())!.Tasks.FirstOrDefault(t => t.State == "adjudication") is { } held)
            {
                var score = Math.Round(points[held.TaskId] * 0.85m);
                ExamDaySimulation.Check(await attempt.AdjudicateAsync(assessors[0], held.TaskId, score, "复看录像：操作规范，小组第三位考评员漏看了一个操作步骤"), "adjudicate");
                adjudicated = true;
            }

            if (practical)
            {
                candidate.PracticalScore = (await attempt.GetStatusAsync())!.Score;
            }
            task.Increment(1);
        }

        ExamDaySimulation.Check(await session.CloseAsync(Proctor, "考核结束"), "close " + step);
    }

    private static ScoreSheet Sheet(TaskAssignment task, double skill, Random random) => new(
        task.Rubric.ToDictionary(r => r.Id, r => Math.Clamp(Math.Round(r.Points * (decimal)Math.Clamp(skill + (random.NextDouble() - 0.5) * 0.08, 0, 1)), 0, r.Points)),
        [], null);
}
