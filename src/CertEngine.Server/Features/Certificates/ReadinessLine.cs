using CertEngine.Contracts;
using CertEngine.Contracts.Tracks;

namespace CertEngine.Server.Features.Certificates;

/// <summary>
/// One enrolled candidate on the 发证 page: ready to be certified (<see cref="IssueOutcome.Issued"/> with no number), already
/// certified (<see cref="IssueOutcome.AlreadyIssued"/> with the number and its status), or not ready with the reason.
/// </summary>
/// <param name="IdNumber">The candidate's ID number.</param>
/// <param name="Name">The candidate's name.</param>
/// <param name="State">What issuing would do now.</param>
/// <param name="Number">The certificate held, if any.</param>
/// <param name="CertificateStatus">The held certificate's status, if any.</param>
/// <param name="Reason">Why issuing would be refused, if it would.</param>
/// <param name="Words">That reason in both languages, Chinese first.</param>
/// <param name="PublishAt">
/// When the reason is results not yet published for 公示: the page that publishes them (the batch's, or the 公示 page).
/// </param>
public sealed record ReadinessLine(string IdNumber, string Name, IssueOutcome State, string? Number, string? CertificateStatus, Refusal? Reason, string? Words,
    string? PublishAt = null)
{
    /// <summary>Whether a certificate would be issued now.</summary>
    public bool Ready => State == IssueOutcome.Issued;
}
