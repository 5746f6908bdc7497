namespace CertEngine.Server.Features.Exports;

/// <summary>
/// One line of a report to the authority with every national field resolved (names from the catalogue, 性别 from the ID
/// number, the evaluation body from the issuer's registration); <see cref="NationalColumns"/> turns it into cells.
/// </summary>
public sealed record NationalLine
{
    /// <summary>姓名.</summary>
    public required string Name { get; init; }

    /// <summary>证件类型.</summary>
    public required string DocumentType { get; init; }

    /// <summary>证件号码.</summary>
    public required string IdNumber { get; init; }

    /// <summary>性别 (男/女), from the ID number.</summary>
    public required string Sex { get; init; }

    /// <summary>文化程度: empty, the engine does not record it.</summary>
    public required string Education { get; init; }

    /// <summary>职业名称 (or the 专项's name).</summary>
    public required string OccupationName { get; init; }

    /// <summary>职业编码 (大典 code, or the 专项's code).</summary>
    public required string OccupationCode { get; init; }

    /// <summary>工种, <c>--</c> where the level has none.</summary>
    public required string WorkType { get; init; }

    /// <summary>等级, e.g. 四级/中级工; empty for a 专项.</summary>
    public required string Level { get; init; }

    /// <summary>理论知识考试成绩, or null.</summary>
    public decimal? TheoryScore { get; init; }

    /// <summary>操作技能考核成绩, or null.</summary>
    public decimal? PracticalScore { get; init; }

    /// <summary>综合评审成绩, or null.</summary>
    public decimal? ReviewScore { get; init; }

    /// <summary>证书编号, or empty.</summary>
    public required string CertificateNumber { get; init; }

    /// <summary>发证日期 (yyyy-MM-dd), or empty.</summary>
    public required string IssuedOn { get; init; }

    /// <summary>评价机构名称.</summary>
    public required string IssuerName { get; init; }

    /// <summary>评价机构代码 (类别 + 机构代码 + 省份 + 站点序列码, positions 1–13 of its certificate numbers).</summary>
    public required string IssuerCode { get; init; }

    /// <summary>考点: the centre of the practical sitting, else of the theory or review sitting.</summary>
    public required string Centre { get; init; }

    /// <summary>考试日期 (yyyy-MM-dd): the latest exam date among the components reported.</summary>
    public required string ExamDate { get; init; }

    /// <summary>证书状态 in Chinese (有效, 已暂停 …), or empty without a certificate.</summary>
    public required string Status { get; init; }

    /// <summary>备注: void components and the track key.</summary>
    public required string Remark { get; init; }
}
