using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Certificates;
using CertEngine.Contracts.Tracks;
using CertEngine.Domain;
using CertEngine.Domain.Certificates;
using CertEngine.Domain.Tracks;
using CertEngine.Grains.Certificates;
using CertEngine.Grains.Replies;

namespace CertEngine.Grains.Tracks;

/// <summary>
/// Issues and reissues a track's certificates: takes the next serial, composes the number, signs the fields and has the
/// certificate's grain issue it. The track grain decides whether; this does it. A number is reserved on the candidate
/// before the certificate hears of it, so a retry after a crash finishes that number and never makes a second.
/// </summary>
/// <param name="grains">The grain factory.</param>
/// <param name="authority">The evaluation body's numbering and signing.</param>
/// <param name="trackKey">The track.</param>
internal sealed class CertificateIssuer(IGrainFactory grains, CertificateAuthority authority, string trackKey)
{
    /// <summary>The legal title of each kind of certificate, as printed and signed.</summary>
    private static readonly Dictionary<CertificateKind, string> Titles = new()
    {
        [CertificateKind.SkillLevel] = "职业技能等级证书", [CertificateKind.Specialty] = "专项职业能力证书",
    };

    /// <summary>The identity document the certificate names.</summary>
    private const string IdentityDocument = "居民身份证";

    /// <summary>Issues the candidate's certificate of <paramref name="track"/>, finishing the number a crash left reserved, if any.</summary>
    public async Task<IssueReply> IssueAsync(Track track, string idNumber, CandidateSnapshot candidate, DateOnly today, string actor)
    {
        var number = candidate.ReservedNumberFor(trackKey);
        if (number is null)
        {
            if (await ComposeAsync(track, today) is not { } composed)
            {
                return Refused(TrackRefusal.NumberNotComposed);
            }

            number = await grains.GetGrain<ICandidateGrain>(idNumber).ReserveCertificateNumberAsync(trackKey, composed);
        }

        var fields = new CertificateFields(number, Titles[track.CertificateKind], candidate.Profile.Name, IdentityDocument, idNumber,
            track.Key.OccupationCode, track.OccupationName, track.Key.WorkType ?? "--", track.Key.Level, track.LevelDisplay, today, authority.IssuerName, trackKey);
        return await SignAndIssueAsync(fields, actor);
    }

    /// <summary>Issues a replacement of <paramref name="old"/> under a new number.</summary>
    public async Task<IssueReply> ReissueAsync(Track track, CertificateFields old, DateOnly today, string actor) =>
        await ComposeAsync(track, today) is { } composed
            ? await SignAndIssueAsync(old with { Number = composed, IssuedOn = today, Issuer = authority.IssuerName }, actor)
            : Refused(TrackRefusal.NumberNotComposed);

    /// <summary>The verification address of a certificate issued earlier.</summary>
    public async Task<string?> VerifyUrlAsync(string number) =>
        await grains.GetGrain<ICertificateGrain>(number).GetAsync() is { } snapshot ? authority.VerifyUrl(number, snapshot.Token) : null;

    private static IssueReply Refused(TrackRefusal reason, Refusal? cause = null, string? words = null) =>
        IssueReply.Refused(IssueOutcome.Refused, ((Refused<TrackRefusal>)reason).ToReply(cause), words);

    private async Task<string?> ComposeAsync(Track track, DateOnly today)
    {
        var serial = await grains.GetGrain<ICertificateSerialGrain>(authority.SerialPrefix(track.CertificateKind, today, track.Key.Level)).NextAsync();
        return authority.Compose(track.CertificateKind, today, track.Key.Level, serial) is NumberComposition.Composed composed ? composed.Number : null;
    }

    private async Task<IssueReply> SignAndIssueAsync(CertificateFields fields, string actor)
    {
        var (token, verifyUrl) = authority.Sign(fields);
        var issued = await grains.GetGrain<ICertificateGrain>(fields.Number).IssueAsync(fields, token, actor);
        return issued.Accepted
            ? new IssueReply(IssueOutcome.Issued, fields.Number, verifyUrl)
            : Refused(TrackRefusal.NotIssued, issued.Reason, issued.Refusal);
    }
}
