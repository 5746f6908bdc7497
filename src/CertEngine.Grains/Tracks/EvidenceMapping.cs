using CertEngine.Contracts.Candidates;
using CertEngine.Domain;
using CertEngine.Domain.Tracks;

namespace CertEngine.Grains.Tracks;

/// <summary>Maps eligibility evidence between the wire and the Domain.</summary>
public static class EvidenceMapping
{
    /// <summary>The Domain evidence item, or why the evidence cannot be read.</summary>
    public static (EvidenceItem? Item, Refused<TrackRefusal>? Problem) ToDomain(Evidence evidence) => evidence.Kind switch
    {
        "work" => (new EvidenceItem.WorkExperience(evidence.Id, evidence.Occupation ?? "", evidence.From, evidence.To), null),
        "apprenticeship" => (new EvidenceItem.Apprenticeship(evidence.Id, evidence.To ?? evidence.From), null),
        "certificate" when evidence.Level is { } level && evidence.Number is { } number =>
            (new EvidenceItem.PriorCertificate(evidence.Id, evidence.Occupation ?? "", level, number, evidence.From), null),
        "graduation" when Enum.TryParse<SchoolKind>(evidence.School, ignoreCase: true, out var school) =>
            (new EvidenceItem.Graduation(evidence.Id, school, evidence.Related, evidence.To ?? evidence.From), null),
        "training" when evidence.Hours >= 0 => (new EvidenceItem.TrainingRecord(evidence.Id, evidence.Hours, evidence.To ?? evidence.From), null),
        _ => (null, Refused.Of(TrackRefusal.EvidenceUnreadable, evidence.Id, evidence.Kind)),
    };
}
