namespace CertEngine.Server.Features.Exports;

/// <summary>One column of a report in the national fields: its header, what it means, where it comes from and its format (docs/exports.md).</summary>
/// <param name="Header">The header, the national field's Chinese name exactly.</param>
/// <param name="Meaning">What it holds, in English.</param>
/// <param name="Source">Where the engine takes it from.</param>
/// <param name="Format">How it is written.</param>
/// <param name="Value">The cell of a line: text, a number or null.</param>
public sealed record NationalColumn(string Header, string Meaning, string Source, string Format, Func<NationalLine, object?> Value);
