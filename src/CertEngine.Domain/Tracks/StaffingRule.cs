using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Tracks;

/// <summary>
/// The staffing a sitting needs (考务人员配备, RULES.md §4), checked when it is scheduled and again when it starts. Every
/// figure is data (tracks/defaults.yaml <c>staffing:</c>, overridable per occupation): the defaults are the 2018 技术规程
/// wording, and an occupation may carry its own (old 育婴员: one proctor per 20).
/// </summary>
/// <param name="MinimumProctors">监考人员 per 考场, at least (≥ 1; default 2).</param>
/// <param name="CandidatesPerProctor">Candidates one proctor may watch (≥ 1; default 15): proctors ≥ ⌈candidates ÷ this⌉.</param>
/// <param name="MinimumPanel">评审委员 of a 综合评审 panel, at least (≥ 1; default 3).</param>
/// <param name="OddPanel">Whether a 综合评审 panel must have an odd number of members (default true).</param>
/// <param name="MinimumAssessors">考评人员 per practical room, at least (≥ 1; default 3).</param>
/// <param name="CandidatesPerAssessor">Candidates per assessor in a practical room (≥ 1; default 5, the 1 : 5 ratio).</param>
/// <param name="OddAssessors">Whether a practical room must have an odd number of assessors (default true).</param>
public sealed record StaffingRule(
    int MinimumProctors,
    int CandidatesPerProctor,
    int MinimumPanel,
    bool OddPanel,
    int MinimumAssessors,
    int CandidatesPerAssessor,
    bool OddAssessors)
{
    /// <summary>
    /// RULES.md §4: proctors ≥ max(2, ⌈candidates ÷ 15⌉); practical assessors ≥ max(3, ⌈candidates ÷ 5⌉), odd; a review
    /// panel of ≥ 3, odd.
    /// </summary>
    public static StaffingRule Default { get; } = new(2, 15, 3, true, 3, 5, true);

    /// <summary>Proctors a theory sitting of <paramref name="candidates"/> needs.</summary>
    public int ProctorsNeeded(int candidates) => Math.Max(MinimumProctors, Ceiling(candidates, CandidatesPerProctor));

    /// <summary>
    /// Assessors a practical room of <paramref name="candidates"/> needs: max(<see cref="MinimumAssessors"/>,
    /// ⌈candidates ÷ <see cref="CandidatesPerAssessor"/>⌉), rounded up to an odd number when <see cref="OddAssessors"/>
    /// (30 candidates: 7 by default).
    /// </summary>
    public int AssessorsNeeded(int candidates)
    {
        var needed = Math.Max(MinimumAssessors, Ceiling(candidates, CandidatesPerAssessor));
        return OddAssessors && needed % 2 == 0 ? needed + 1 : needed;
    }

    /// <summary>
    /// Why a sitting's staff is short (with the figures its words need), or <see langword="null"/> when it is enough. Theory counts distinct proctors.
    /// Practical and review count distinct assessors: never fewer than the component's scoring policy needs (each
    /// candidate is scored by that many); a practical room also against <see cref="AssessorsNeeded"/> and, when
    /// <see cref="OddAssessors"/>, an odd count; a review panel against <see cref="MinimumPanel"/> and
    /// <see cref="OddPanel"/>. Both need a chief (考评组长) from the panel.
    /// </summary>
    /// <param name="kind">The component sat.</param>
    /// <param name="candidates">Candidates on the roster (≥ 0).</param>
    /// <param name="proctors">Proctor ids (duplicates count once).</param>
    /// <param name="assessors">Assessor or panel member ids (duplicates count once).</param>
    /// <param name="chief">The chief assessor's id, if any.</param>
    /// <param name="scoringAssessors">Assessors the component's scoring policy needs per candidate (practical and review).</param>
    public Refused<StaffingRefusal>? Check(ComponentKind kind, int candidates, IEnumerable<string> proctors, IEnumerable<string> assessors, string? chief, int scoringAssessors)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(candidates);
        if (kind == ComponentKind.Theory)
        {
            var needed = ProctorsNeeded(candidates);
            var present = proctors.Distinct(StringComparer.Ordinal).Count();
            return present < needed ? Refused.Of(StaffingRefusal.ProctorsShort, candidates, needed, present, CandidatesPerProctor, MinimumProctors) : null;
        }

        var panel = assessors.Distinct(StringComparer.Ordinal).ToList();
        if (panel.Count < scoringAssessors)
        {
            return Refused.Of(StaffingRefusal.ScoringAssessorsShort, scoringAssessors, panel.Count);
        }

        if (kind == ComponentKind.Practical && PracticalRoomRefusal(candidates, panel.Count) is { } room)
        {
            return room;
        }

        if (kind == ComponentKind.Review && (panel.Count < MinimumPanel || (OddPanel && panel.Count % 2 == 0)))
        {
            return Refused.Of(OddPanel ? StaffingRefusal.PanelShortOrEven : StaffingRefusal.PanelShort, MinimumPanel, panel.Count);
        }

        return string.IsNullOrWhiteSpace(chief) || !panel.Contains(chief, StringComparer.Ordinal) ? StaffingRefusal.ChiefMissing : null;
    }

    private Refused<StaffingRefusal>? PracticalRoomRefusal(int candidates, int present)
    {
        var needed = AssessorsNeeded(candidates);
        if (present < needed)
        {
            return Refused.Of(OddAssessors ? StaffingRefusal.RoomAssessorsShortOdd : StaffingRefusal.RoomAssessorsShort,
                candidates, needed, CandidatesPerAssessor, MinimumAssessors, present);
        }

        return OddAssessors && present % 2 == 0 ? Refused.Of(StaffingRefusal.RoomAssessorsEven, present) : null;
    }

    private static int Ceiling(int candidates, int per) => (candidates + per - 1) / per;
}
