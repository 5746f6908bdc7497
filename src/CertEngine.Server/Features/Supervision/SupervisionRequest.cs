using System.ComponentModel.DataAnnotations;
using CertEngine.Domain.Supervision;

namespace CertEngine.Server.Features.Supervision;

/// <summary>One item's answer: <c>conforms</c> (符合), <c>nonconforming</c> (不符合), <c>not-applicable</c> (不适用), or blank (open, in a draft).</summary>
public sealed record SupervisionEntryRequest(
    [property: Required, StringLength(40)] string Item,
    [property: StringLength(20), RegularExpression("^(conforms|nonconforming|not-applicable)?$")] string? Answer,
    [property: StringLength(SupervisionRules.MaxNote)] string? Note);

/// <summary>A supervision record to file: the answers, overall notes, whether to sign it now, and for a correction the signed record it corrects.</summary>
public sealed record SupervisionRequest(
    [property: Required, MaxLength(SupervisionChecklistReader.MaxItems)] IReadOnlyList<SupervisionEntryRequest> Answers,
    [property: StringLength(SupervisionRules.MaxNote)] string? Notes,
    bool Sign,
    [property: StringLength(64)] string? Corrects)
{
    /// <summary>The filing the Domain's rules check.</summary>
    public SupervisionFiling ToFiling() => new(
        Answers.Select(a => new SupervisionEntry(a.Item.Trim(), SupervisionAnswers.Parse(a.Answer), a.Note?.Trim() ?? "")).ToList(),
        Notes?.Trim() ?? "", Sign, string.IsNullOrWhiteSpace(Corrects) ? null : Corrects.Trim());
}
