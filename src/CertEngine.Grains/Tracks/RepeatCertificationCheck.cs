using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Certificates;
using CertEngine.Domain.Certificates;
using CertEngine.Domain.Tracks;
using CertEngine.Grains.Replies;

namespace CertEngine.Grains.Tracks;

/// <summary>
/// The 一人多证 check on enrolment and issue (<see cref="RepeatCertification"/>). It reads the certificates the candidate's
/// own grain holds (each is recorded there when issued, before the issue is reported done) and asks each certificate of the
/// same occupation for its status: that state is written before any reply, so a certificate issued a moment ago counts,
/// where the record store's table is filled afterwards through an outbox and may lag. A person holds a handful of
/// certificates, so the check is a few grain calls, never a scan.
/// </summary>
internal static class RepeatCertificationCheck
{
    /// <summary>The refusal when the candidate already holds a certificate covering <paramref name="wanted"/>; null otherwise.</summary>
    public static async Task<Refusal?> RefusalAsync(IGrainFactory grains, TrackKey wanted, CandidateSnapshot candidate)
    {
        var held = new List<HeldQualification>();
        foreach (var certificate in candidate.Certificates)
        {
            if (TrackKey.TryParse(certificate.TrackKey, out var key) && RepeatCertification.Covers(key, wanted)
                && await grains.GetGrain<ICertificateGrain>(certificate.Number).GetAsync() is { } snapshot)
            {
                held.Add(new HeldQualification(key, certificate.Number, Status(snapshot.Status)));
            }
        }

        return RepeatCertification.Check(wanted, held)?.ToReply();
    }

    private static CertificateStatus Status(string status) => status switch
    {
        "valid" => CertificateStatus.Valid,
        "suspended" => CertificateStatus.Suspended,
        "revoked" => CertificateStatus.Revoked,
        _ => CertificateStatus.Superseded,
    };
}
