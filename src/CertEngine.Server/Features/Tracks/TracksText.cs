using System.Globalization;
using CertEngine.Server.Web.Localization;

namespace CertEngine.Server.Features.Tracks;

/// <summary>How the tracks and sittings pages word a track's staffing policy (考务人员配备) and its figures.</summary>
public static class TracksText
{
    /// <summary>
    /// The staffing rule for each component the track has, e.g. <c>理论：监考人员 ≥ max(2, ⌈考生数 ÷ 15⌉)</c>; with
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
                "theory" => text($"理论：每个考场监考人员 ≥ max({s.MinimumProctors}, ⌈考生数 ÷ {s.CandidatesPerProctor}⌉)", $"Theory: proctors per room ≥ max({s.MinimumProctors}, ⌈candidates ÷ {s.CandidatesPerProctor}⌉)")
                    + (candidates is { } n ? text($"；{n} 名考生需 {s.ToRule().ProctorsNeeded(n)} 名", $"; {n} candidates need {s.ToRule().ProctorsNeeded(n)}") : ""),
                "practical" => text($"技能：考评员 ≥ max({s.MinimumAssessors}, ⌈考生数 ÷ {s.CandidatesPerAssessor}⌉){(s.OddAssessors ? "，须为单数" : "")}，另设考评组长（从考评员中指定）",
                        $"Practical: assessors ≥ max({s.MinimumAssessors}, ⌈candidates ÷ {s.CandidatesPerAssessor}⌉){(s.OddAssessors ? ", an odd number" : "")}, one of them the chief")
                    + (candidates is { } m ? text($"；{m} 名考生需 {s.ToRule().AssessorsNeeded(m)} 名", $"; {m} candidates need {s.ToRule().AssessorsNeeded(m)}") : ""),
                "review" => text($"综合评审：评审委员 ≥ {s.MinimumPanel}{(s.OddPanel ? "，须为单数" : "")}，另设组长", $"Review: panel ≥ {s.MinimumPanel}{(s.OddPanel ? ", an odd number" : "")}, one of them the chief"),
                _ => component,
            });
        }

        return lines;
    }

    /// <summary>A pass mark without trailing zeros: <c>60</c>, <c>62.5</c>.</summary>
    public static string Mark(decimal mark) => mark.ToString("0.##", CultureInfo.InvariantCulture);
}
