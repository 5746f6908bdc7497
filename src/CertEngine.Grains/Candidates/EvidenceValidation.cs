using CertEngine.Contracts.Candidates;
using CertEngine.Domain;
using CertEngine.Domain.Tracks;
using CertEngine.Grains.Tracks;

namespace CertEngine.Grains.Candidates;

/// <summary>
/// Tidies a piece of evidence from the wire (trims text, drops the fields its kind does not use, upper-cases a certificate
/// number) and checks it with the Domain's <see cref="EvidenceCheck"/>.
/// </summary>
internal static class EvidenceValidation
{
    private static readonly string[] Kinds = ["work", "apprenticeship", "certificate", "graduation", "training"];

    /// <summary>The tidied evidence under <paramref name="id"/>, or why it cannot be kept.</summary>
    public static (Evidence? Evidence, Refused<EvidenceRefusal>? Problem) Tidy(Evidence evidence, string id, DateOnly birthDate, DateOnly today)
    {
        var kind = (evidence.Kind ?? "").Trim().ToLowerInvariant();
        if (!Kinds.Contains(kind))
        {
            return (null, Refused.Of(EvidenceRefusal.UnknownKind, Clip(evidence.Kind)));
        }

        var text = evidence.Occupation?.Trim() is { Length: > 0 } t ? t : null;
        if (text is { Length: > EvidenceCheck.MaxOccupationLength })
        {
            return (null, Refused.Of(EvidenceRefusal.OccupationRequired, EvidenceCheck.MaxOccupationLength));
        }

        var tidy = kind switch
        {
            "work" => new Evidence(id, kind, evidence.From, evidence.To, text ?? "", null, null, null, false, 0),
            "apprenticeship" => new Evidence(id, kind, evidence.From, null, null, null, null, null, false, 0),
            "certificate" => new Evidence(id, kind, evidence.From, null, text ?? "", evidence.Level ?? 0, (evidence.Number ?? "").Trim().ToUpperInvariant(), null, false, 0),
            // A graduation's text is the major's name (专业), for the reviewer; whether it is related is the flag.
            "graduation" => new Evidence(id, kind, evidence.From, null, text, null, null, (evidence.School ?? "").Trim(), evidence.Related, 0),
            _ => new Evidence(id, kind, evidence.From, null, null, null, null, null, false, evidence.Hours),
        };
        if (kind == "graduation" && !Enum.GetNames<SchoolKind>().Contains(tidy.School, StringComparer.OrdinalIgnoreCase))
        {
            return (null, Refused.Of(EvidenceRefusal.UnknownSchool, Clip(tidy.School)));
        }

        if (kind == "training" && tidy.Hours is <= 0 or > EvidenceCheck.MaxHours)
        {
            return (null, Refused.Of(EvidenceRefusal.HoursOutOfRange, EvidenceCheck.MaxHours));
        }

        var (item, _) = EvidenceMapping.ToDomain(tidy);
        return EvidenceCheck.Check(item!, birthDate, today) is { } problem ? (null, problem) : (tidy, null);
    }

    /// <summary>One line saying what the evidence holds, for the audit trail.</summary>
    public static string Describe(Evidence e) =>
        $"{e.Id} {e.Kind} {e.From:yyyy-MM-dd}{(e.To is { } to ? $"..{to:yyyy-MM-dd}" : "")} {e.Occupation} {e.Level} {e.Number} {e.School}{(e.Related ? " related" : "")}{(e.Hours > 0 ? $" {e.Hours}h" : "")}".Trim();

    private static string Clip(string? text) => (text ?? "").Length > 20 ? text![..20] : text ?? "";
}
