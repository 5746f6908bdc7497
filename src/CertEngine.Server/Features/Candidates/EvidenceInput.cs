using System.ComponentModel.DataAnnotations;
using CertEngine.Contracts.Candidates;

namespace CertEngine.Server.Features.Candidates;

/// <summary>
/// One piece of eligibility evidence as the API and the candidate page send it (申报材料). <see cref="Kind"/> is
/// <c>work</c>, <c>apprenticeship</c>, <c>certificate</c>, <c>graduation</c> or <c>training</c>; the grain drops the fields
/// a kind does not use and checks the rest (dates, hours, level, number).
/// </summary>
/// <param name="Kind">The evidence kind.</param>
/// <param name="From">Work: the first day; otherwise the document's date (completed, issued, graduated).</param>
/// <param name="To">Work only: the day the work ended (exclusive), or empty while it goes on.</param>
/// <param name="Occupation">Work: the occupation (name or 大典 code); certificate: the occupation code; graduation: the major's name.</param>
/// <param name="Level">Certificate: the level digit (1 = highest, 5 = lowest).</param>
/// <param name="Number">Certificate: its number.</param>
/// <param name="School">Graduation: the school kind (<c>TechnicalSchool</c>, <c>SecondaryVocational</c> …).</param>
/// <param name="Related">Graduation: the major is this or a related one (本专业或相关专业).</param>
/// <param name="Hours">Training: 学时.</param>
public sealed record EvidenceInput(
    [property: Required(ErrorMessage = "请选择材料类别"), StringLength(20, ErrorMessage = "材料类别有误")] string Kind,
    [property: Required(ErrorMessage = "请填写日期")] DateOnly? From,
    DateOnly? To,
    [property: StringLength(40, ErrorMessage = "职业或专业不超过 40 字")] string? Occupation,
    [property: Range(1, 5, ErrorMessage = "证书等级应为 1 到 5")] int? Level,
    [property: StringLength(32, ErrorMessage = "证书编号不超过 32 位")] string? Number,
    [property: StringLength(30, ErrorMessage = "学校类别有误")] string? School,
    bool Related,
    [property: Range(0, 5000, ErrorMessage = "培训学时应在 0 到 5000 之间")] decimal? Hours)
{
    /// <summary>The evidence for the grain under <paramref name="id"/> (ignored when adding).</summary>
    public Evidence ToEvidence(string id) => new(id, Kind.Trim(), From ?? default, To, Occupation, Level, Number, School, Related, Hours ?? 0);
}
