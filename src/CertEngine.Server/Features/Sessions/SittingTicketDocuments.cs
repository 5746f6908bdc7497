using CertEngine.Contracts;
using CertEngine.Contracts.Sessions;
using CertEngine.Contracts.Tracks;
using CertEngine.Documents;
using CertEngine.Domain.Candidates;
using CertEngine.Storage.Records.Candidates;

namespace CertEngine.Server.Features.Sessions;

/// <summary>
/// A sitting's admission tickets (准考证) rendered from the template, one document per roster line, with the candidate's
/// photo (read one at a time) and, for theory, where to sign in. The ID number is masked. Shared by a sitting's ticket
/// page and a batch's.
/// </summary>
public sealed class SittingTicketDocuments(IGrainFactory grains, CertificateRenderer renderer, ICandidatePhotoStore photos)
{
    /// <summary>The tickets of the lines of <paramref name="session"/> that <paramref name="include"/> keeps, in roster order.</summary>
    /// <param name="session">The sitting.</param>
    /// <param name="publicBaseUrl">This server's public address (the exam page's link and QR).</param>
    /// <param name="include">Which candidates (by ID number) to render.</param>
    /// <param name="cancellationToken">Stops between photos.</param>
    public async Task<IReadOnlyList<(RosterLine Line, string Html)>> RenderAsync(SessionSnapshot session, string publicBaseUrl, Func<string, bool> include,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(include);
        var track = await grains.GetGrain<ICertificationTrackGrain>(session.Plan.TrackKey).GetAsync();
        var roster = (await grains.GetGrain<IExamSessionGrain>(session.Id).GetRosterAsync()).Where(l => include(l.IdNumber)).ToList();
        var examUrl = session.Plan.Component == ExamComponent.Theory ? publicBaseUrl.TrimEnd('/') + "/exam" : "";
        var tickets = new List<(RosterLine, string)>();
        foreach (var line in roster)
        {
            var photo = (await photos.GetAsync(line.IdNumber, cancellationToken))?.Jpeg;
            tickets.Add((line, renderer.RenderAdmissionTicket(new AdmissionTicketDocument(
                line.Ticket, line.Name, IdentityNumber.Mask(line.IdNumber), track?.Title ?? session.Plan.TrackKey, null,
                ComponentName(session.Plan.Component), session.Id, session.Plan.Centre, session.Plan.Room, line.Seat, session.Plan.StartsAt,
                session.Plan.Minutes, examUrl, photo))));
        }

        return tickets;
    }

    private static string ComponentName(ExamComponent component) => component switch
    {
        ExamComponent.Theory => "理论知识",
        ExamComponent.Practical => "操作技能",
        _ => "综合评审",
    };
}
