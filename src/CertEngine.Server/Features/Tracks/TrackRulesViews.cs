using CertEngine.Contracts.Banks;

namespace CertEngine.Server.Features.Tracks;

/// <summary>
/// A code's rules: its file name, the newest version (0 = only the shipped file), the number the next publication takes,
/// every version, and the text to start editing from (<see cref="TextSource"/>: <c>web</c>, <c>shipped</c> or
/// <c>skeleton</c> for a code with a bank but no file) and the newest published bank version (0 = none).
/// </summary>
public sealed record RulesView(
    string Code, string? Name, string File, int NewestVersion, int NextVersion, IReadOnlyList<RulesVersionView> Versions,
    string Text, string TextSource, int BankVersion);

/// <summary>One rules version: 0 is the shipped file (<c>shipped</c>), the others were published from the web (<c>web</c>).</summary>
public sealed record RulesVersionView(int Version, string Source, string? PublishedBy, DateTimeOffset? PublishedAt, string? Note, string Sha256);

/// <summary>One rules version's text.</summary>
public sealed record RulesText(string Code, int Version, string Yaml);

/// <summary>
/// The check of an edited text: whether it may be published, every problem (<c>file:line</c> and message), the bank
/// version the tracks were built on, the tracks the text defines, and those the code's newest rules define now.
/// </summary>
public sealed record RulesPreview(bool Valid, IReadOnlyList<BankProblemInfo> Problems, int BankVersion, IReadOnlyList<PreviewTrack> Tracks, IReadOnlyList<PreviewTrack> Current);

/// <summary>A track as a rules text defines it: components (minutes, pass marks, scoring), 申报条件, staffing, retakes, 多选 scoring.</summary>
public sealed record PreviewTrack(
    string Key, string Title, int BankVersion, IReadOnlyList<ComponentView> Components, EligibilityView Eligibility,
    StaffingView Staffing, int RetakeWindowDays, int RetakesPerComponent, string MultipleChoice);
