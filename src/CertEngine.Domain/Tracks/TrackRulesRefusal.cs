using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Tracks;

/// <summary>A track the checked rules cannot build on the bank version, where in the file, and why.</summary>
/// <param name="Key">The track.</param>
/// <param name="BankVersion">The bank version it was built on.</param>
/// <param name="At">The line of the rules the refusal is about (the file as a whole when the refusal names none).</param>
/// <param name="Why">Why.</param>
public sealed record TrackRulesRefusal(TrackKey Key, int BankVersion, SourceLocation At, Refused<CatalogueRefusal> Why);
