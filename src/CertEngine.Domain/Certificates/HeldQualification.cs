using CertEngine.Domain.Tracks;

namespace CertEngine.Domain.Certificates;

/// <summary>A certificate a person holds from this engine, as the 一人多证 check sees it.</summary>
/// <param name="Track">The track it was issued for (occupation, 工种, level).</param>
/// <param name="Number">Its number.</param>
/// <param name="Status">Where it stands now.</param>
public sealed record HeldQualification(TrackKey Track, string Number, CertificateStatus Status);
