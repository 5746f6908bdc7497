using CertEngine.Contracts.Certificates;

namespace CertEngine.Server.Features.Certificates;

/// <summary>
/// The certificates of a track or a sitting, as a batch to print or hand out: the valid ones, and those left out with
/// their status (a suspended, revoked or replaced certificate is not printed).
/// </summary>
/// <param name="Title">What the batch is of, e.g. the track key or the sitting id.</param>
/// <param name="Valid">The certificates to print, in order of issue.</param>
/// <param name="LeftOut">The certificates not printed, with their status.</param>
/// <param name="Truncated">Whether there were more than the batch may hold.</param>
public sealed record CertificateBatch(string Title, IReadOnlyList<CertificateSnapshot> Valid, IReadOnlyList<CertificateSnapshot> LeftOut, bool Truncated);
