namespace CertEngine.Domain.QuestionBanks;

/// <summary>Where a piece of bank content was written: a YAML file and line, or a spreadsheet cell.</summary>
/// <param name="File">The file's path as given to the loader (relative paths stay relative).</param>
/// <param name="Line">1-based line (for spreadsheets, the row); 0 when the problem concerns the file as a whole.</param>
/// <param name="Cell">For spreadsheets, the sheet and cell (<c>题目!F12</c>); null for YAML.</param>
public sealed record SourceLocation(string File, int Line, string? Cell = null)
{
    /// <summary>Where each field of the entry starting here was written, by field name (YAML names).</summary>
    public IReadOnlyDictionary<string, SourceLocation>? Fields { get; init; }

    /// <summary>The location of one field of this entry, or of the entry itself when the field's is unknown.</summary>
    public SourceLocation At(string field) => Fields?.GetValueOrDefault(field) ?? this;

    /// <summary>Formats as <c>file:line</c> (or <c>file:sheet!cell</c>), the form editors and CI logs link to.</summary>
    public override string ToString() => Cell is not null ? $"{File}:{Cell}" : $"{File}:{Line}";
}
