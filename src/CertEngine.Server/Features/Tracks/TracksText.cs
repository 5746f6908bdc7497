using System.Globalization;
using CertEngine.Server.Web.Localization;

namespace CertEngine.Server.Features.Tracks;

/// <summary>How the tracks and sittings pages word a track's staffing policy (考务人员配备) and its figures.</summary>
public static class TracksText
{
    /// <summary>
    /// The staffing rule for each component the track has, in plain words, e.g. <c>理论：每 15 名考生至少 1 名监考人员，每个考场不少于 2 名</c>; with
    /// <paramref name="candidates"/>, also what that many candidates need.
    /// </summary>
    public static IReadOnlyList<string> Staffing(BilingualText text, StaffingView staffing, IEnumerable<string> components, int? candidates = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(staffing);
        var s = staffing;
        var lines = new List<string>();
        foreach (var component in components)
        {
            lines.Add(component switch
            {
                "theory" => text($"理论：每 {s.CandidatesPerProctor} 名考生至少 1 名监考人员，每个考场不少于 {s.MinimumProctors} 名", $"Theory: at least 1 proctor for every {s.CandidatesPerProctor} candidates, and at least {s.MinimumProctors} per room")
                    + (candidates is { } n ? text($"；{n} 名考生需 {s.ToRule().ProctorsNeeded(n)} 名", $"; {n} candidates need {s.ToRule().ProctorsNeeded(n)}") : ""),
                "practical" => text($"技能：每 {s.CandidatesPerAssessor} 名考生至少 1 名考评员，每个技能考场不少于 {s.MinimumAssessors} 名{(s.OddAssessors ? "且人数为单数" : "")}，其中一名为考评组长",
                        $"Practical: at least 1 assessor for every {s.CandidatesPerAssessor} candidates, and at least {s.MinimumAssessors} per room{(s.OddAssessors ? ", an odd number" : "")}, one of them the chief")
                    + (candidates is { } m ? text($"；{m} 名考生需 {s.ToRule().AssessorsNeeded(m)} 名", $"; {m} candidates need {s.ToRule().AssessorsNeeded(m)}") : ""),
                "review" => text($"综合评审：评审委员不少于 {s.MinimumPanel} 名{(s.OddPanel ? "且人数为单数" : "")}，其中一名为组长", $"Review: a panel of at least {s.MinimumPanel}{(s.OddPanel ? ", an odd number" : "")}, one of them the chief"),
                _ => component,
            });
        }

        return lines;
    }

    /// <summary>A pass mark without trailing zeros: <c>60</c>, <c>62.5</c>.</summary>
    public static string Mark(decimal mark) => mark.ToString("0.##", CultureInfo.InvariantCulture);
}
