namespace CertEngine.Contracts.Banks;

/// <summary>One problem found in a bank, where it was written, as it travels to a person.</summary>
/// <param name="File">The file, relative to the uploaded folder (or the workbook's name).</param>
/// <param name="Line">1-based line (a spreadsheet's row); 0 for the file as a whole.</param>
/// <param name="Cell">For a spreadsheet, the sheet and cell (<c>题目!F12</c>); otherwise null.</param>
/// <param name="Rule">The stable rule name (docs/bank-authoring.md lists them).</param>
/// <param name="Severity"><c>error</c> or <c>warning</c>.</param>
/// <param name="Message">What is wrong, Chinese first (empty in a grain's reply when <paramref name="Reason"/> says it: the web edge words it).</param>
/// <param name="Reason">Why, as a reason code, when the problem is a rule's refusal rather than a reader's message.</param>
[GenerateSerializer, Immutable, Alias("certengine.BankProblemInfo")]
public sealed record BankProblemInfo(
    [property: Id(0)] string File,
    [property: Id(1)] int Line,
    [property: Id(2)] string? Cell,
    [property: Id(3)] string Rule,
    [property: Id(4)] string Severity,
    [property: Id(5)] string Message,
    [property: Id(6)] Refusal? Reason = null)
{
    /// <summary>Formats as <c>file:line: message</c> (or <c>file:sheet!cell: message</c>), as <c>bank validate</c> prints it.</summary>
    public override string ToString() =>
        $"{File}:{Cell ?? Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {(Severity == "warning" ? "警告 warning: " : "")}{Message}";
}
