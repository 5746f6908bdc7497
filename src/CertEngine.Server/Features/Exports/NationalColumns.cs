namespace CertEngine.Server.Features.Exports;

/// <summary>
/// The columns of the reports to the authority, in order: the fields of 人社鉴发〔2021〕1号 and the provincial registration
/// forms. The one list the .xlsx, the CSV and docs/exports.md's field map follow.
/// </summary>
public static class NationalColumns
{
    /// <summary>Every column, in the order written.</summary>
    public static IReadOnlyList<NationalColumn> All { get; } =
    [
        new("姓名", "name", "certificate's holder name; else the candidate's latest profile", "text", l => l.Name),
        new("证件类型", "identity document type", "always 居民身份证 (the only document registered)", "text", l => l.DocumentType),
        new("证件号码", "identity document number", "candidate's ID number (GB 11643, checked at registration)", "18 characters, text", l => l.IdNumber),
        new("性别", "sex", "17th character of the ID number: odd 男, even 女", "男 / 女", l => l.Sex),
        new("文化程度", "education", "not recorded by the engine: left blank for the province's own data", "text or blank", l => l.Education),
        new("职业名称", "occupation name", "track's occupation as printed on certificates (catalogue of the pinned bank)", "text", l => l.OccupationName),
        new("职业编码", "occupation code", "大典 code of the certificate or track (专项: the 考核规范 code)", "e.g. 4-10-01-06", l => l.OccupationCode),
        new("工种", "work type (工种/职业方向)", "certificate or track; -- where the level has none", "text, never blank", l => l.WorkType),
        new("等级", "skill level", "level digit of the certificate or track in its national form; blank for 专项", "e.g. 四级/中级工", l => l.Level),
        new("理论知识考试成绩", "theory score", "latest theory result of the track (a certificate's: latest not void)", "number 0–100, blank if none", l => l.TheoryScore),
        new("操作技能考核成绩", "practical (skill) score", "latest practical result of the track", "number 0–100, blank if none", l => l.PracticalScore),
        new("综合评审成绩", "comprehensive review score (二级/一级)", "latest 综合评审 result of the track", "number 0–100, blank if none", l => l.ReviewScore),
        new("证书编号", "certificate number", "certificate issued for the track", "[YS] + 21 digits, blank if none", l => l.CertificateNumber),
        new("发证日期", "date of issue", "certificate's date of issue", "yyyy-MM-dd, blank if none", l => l.IssuedOn),
        new("评价机构名称", "evaluation body name", "issuer registration (CertEngine:Issuer:Name), as 备案", "text", l => l.IssuerName),
        new("评价机构代码", "evaluation body code", "类别 + 机构代码 + 省份 + 站点序列码 (positions 1–13 of its certificate numbers)", "13 characters", l => l.IssuerCode),
        new("考点", "exam centre", "centre of the practical sitting, else the theory or review sitting (sitting index)", "text", l => l.Centre),
        new("考试日期", "exam date", "latest exam date among the components reported (China time)", "yyyy-MM-dd", l => l.ExamDate),
        new("证书状态", "certificate status", "latest status change of the certificate", "有效 / 已暂停 / 已撤销 / 已换发, blank if none", l => l.Status),
        new("备注", "remarks", "void components (成绩无效) and the track key", "text", l => l.Remark),
    ];
}
