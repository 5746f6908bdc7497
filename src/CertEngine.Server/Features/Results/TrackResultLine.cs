namespace CertEngine.Server.Features.Results;

/// <summary>One candidate's results in a track: each component's sittings (latest last) and the certificate, if issued.</summary>
/// <param name="IdNumber">The candidate's ID number.</param>
/// <param name="Name">The candidate's name.</param>
/// <param name="Components">Per component (<c>Theory</c>, <c>Practical</c>, <c>Review</c>), the results in order of exam date.</param>
/// <param name="CertificateNumber">The certificate issued in the track, if any.</param>
/// <param name="CertificateStatus">Its status, if any.</param>
public sealed record TrackResultLine(string IdNumber, string Name, IReadOnlyDictionary<string, IReadOnlyList<TrackComponentResult>> Components,
    string? CertificateNumber, string? CertificateStatus);
