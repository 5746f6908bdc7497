using CertEngine.Domain.Candidates;

namespace CertEngine.Domain.Certificates;

/// <summary>An issued or to-be-issued certificate (证书) with the fields RULES.md §9 requires, except the photo and QR code.</summary>
/// <param name="Number">证书编号, as composed or validated by the kind's <see cref="ICertificateNumberScheme"/>.</param>
/// <param name="HolderName">姓名, as on the ID document.</param>
/// <param name="IdDocumentType">证件类型, normally <see cref="ResidentIdCard"/>.</param>
/// <param name="IdNumber">证件号码; personal data: never log it, never show it in full.</param>
/// <param name="OccupationName">职业名称, e.g. 家政服务员.</param>
/// <param name="OccupationCode">The 大典 code, e.g. 4-10-01-06.</param>
/// <param name="WorkType">工种/职业方向, or null when there is none (printed "--", see <see cref="PrintedWorkType"/>).</param>
/// <param name="LevelDigit">The level digit (1–5 on the national ladder); null for a 专项 certificate.</param>
/// <param name="LevelDisplay">The level as printed, e.g. 五级/初级工; null for a 专项 certificate.</param>
/// <param name="IssueDate">发证日期.</param>
/// <param name="IssuerName">评价机构名称, identical to the 备案 name.</param>
/// <param name="TrackKey">The track (occupation × level × data version) the results were judged under.</param>
/// <param name="ComponentResultIds">The ids of the component results counted towards the certificate.</param>
public sealed record CertificateRecord(
    string Number,
    CertificateKind Kind,
    string HolderName,
    string IdDocumentType,
    IdentityNumber IdNumber,
    string OccupationName,
    string OccupationCode,
    string? WorkType,
    int? LevelDigit,
    string? LevelDisplay,
    DateOnly IssueDate,
    string IssuerName,
    string TrackKey,
    IReadOnlyList<string> ComponentResultIds)
{
    /// <summary>The 证件类型 of a 居民身份证 (resident identity card).</summary>
    public const string ResidentIdCard = "居民身份证";

    /// <summary>What the 工种 field prints when there is none: never blank.</summary>
    public const string NoWorkType = "--";

    /// <summary>证书名称: 职业技能等级证书 or 专项职业能力证书.</summary>
    public string Title => Kind == CertificateKind.SkillLevel ? "职业技能等级证书" : "专项职业能力证书";

    /// <summary>The 工种 as printed: the 工种, or <see cref="NoWorkType"/>.</summary>
    public string PrintedWorkType => WorkType ?? NoWorkType;

    /// <summary>
    /// The required fields that are missing or contradict the kind (a level on a 专项 certificate, none on a skill-level
    /// one); empty when the record may be issued as far as its own fields go.
    /// </summary>
    public IReadOnlyList<CertificateRecordProblem> Check()
    {
        var problems = new List<CertificateRecordProblem>();
        void Required(string? value, CertificateRecordProblem missing)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add(missing);
            }
        }

        Required(Number, CertificateRecordProblem.MissingNumber);
        Required(HolderName, CertificateRecordProblem.MissingHolderName);
        Required(IdDocumentType, CertificateRecordProblem.MissingIdDocumentType);
        Required(IdNumber.Value, CertificateRecordProblem.MissingIdNumber);
        Required(OccupationName, CertificateRecordProblem.MissingOccupationName);
        Required(OccupationCode, CertificateRecordProblem.MissingOccupationCode);
        Required(IssuerName, CertificateRecordProblem.MissingIssuerName);
        Required(TrackKey, CertificateRecordProblem.MissingTrackKey);
        if (WorkType is not null && string.IsNullOrWhiteSpace(WorkType))
        {
            problems.Add(CertificateRecordProblem.BlankWorkType);
        }

        if (IssueDate == default)
        {
            problems.Add(CertificateRecordProblem.MissingIssueDate);
        }

        if (Kind == CertificateKind.SkillLevel)
        {
            if (LevelDigit is null || string.IsNullOrWhiteSpace(LevelDisplay))
            {
                problems.Add(CertificateRecordProblem.MissingLevel);
            }
        }
        else if (LevelDigit is not null || LevelDisplay is not null)
        {
            problems.Add(CertificateRecordProblem.LevelOnSpecialty);
        }

        if (ComponentResultIds is null || ComponentResultIds.Count == 0 || ComponentResultIds.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add(CertificateRecordProblem.MissingComponentResults);
        }

        return problems;
    }
}
