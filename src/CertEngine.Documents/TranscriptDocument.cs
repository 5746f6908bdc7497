namespace CertEngine.Documents;

/// <summary>What a score transcript (成绩单) prints: the candidate, the track and each component result.</summary>
/// <param name="HolderName">姓名.</param>
/// <param name="IdNumber">证件号码; the transcript prints it masked.</param>
/// <param name="LevelDisplay">E.g. 五级/初级工; null for a 专项 track.</param>
/// <param name="CertificateNumber">The certificate the results led to, or null when none was issued.</param>
/// <param name="PrintedOn">The date printed under the issuer.</param>
public sealed record TranscriptDocument(
    string HolderName,
    string IdNumber,
    string OccupationName,
    string? LevelDisplay,
    IReadOnlyList<TranscriptLine> Lines,
    string? CertificateNumber,
    DateOnly PrintedOn,
    string Issuer);
