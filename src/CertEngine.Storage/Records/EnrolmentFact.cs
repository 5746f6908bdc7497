namespace CertEngine.Storage.Records;

/// <summary>One enrolment as the record store keeps it: a candidate admitted to a track (资格审核).</summary>
/// <param name="TrackKey">The track, e.g. <c>4-10-01-06/家务服务员/5</c>.</param>
/// <param name="IdNumber">The candidate's ID number.</param>
/// <param name="ConditionId">The eligibility condition met.</param>
/// <param name="EvidenceIds">The evidence it rests on.</param>
/// <param name="At">When (UTC).</param>
/// <param name="Actor">Who enrolled the candidate.</param>
public sealed record EnrolmentFact(string TrackKey, string IdNumber, string ConditionId, IReadOnlyList<string> EvidenceIds, DateTimeOffset At, string Actor)
{
    /// <summary>The stable fact id: one enrolment per candidate and track.</summary>
    public string FactId => $"enrolment/{TrackKey}/{IdNumber}";
}
