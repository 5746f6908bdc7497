namespace CertEngine.Domain.Certificates;

/// <summary>What <see cref="CertificateRecord.Check"/> finds wrong with a record's own fields.</summary>
public enum CertificateRecordProblem
{
    /// <summary>No 证书编号.</summary>
    MissingNumber = 1,

    /// <summary>No 姓名.</summary>
    MissingHolderName = 2,

    /// <summary>No 证件类型.</summary>
    MissingIdDocumentType = 3,

    /// <summary>No 证件号码.</summary>
    MissingIdNumber = 4,

    /// <summary>No 职业名称.</summary>
    MissingOccupationName = 5,

    /// <summary>No 职业编码.</summary>
    MissingOccupationCode = 6,

    /// <summary>No 评价机构名称.</summary>
    MissingIssuerName = 7,

    /// <summary>No track key.</summary>
    MissingTrackKey = 8,

    /// <summary>A blank 工种: a record without one has null (printed --).</summary>
    BlankWorkType = 9,

    /// <summary>No 发证日期.</summary>
    MissingIssueDate = 10,

    /// <summary>A skill-level certificate without its level digit and printed level.</summary>
    MissingLevel = 11,

    /// <summary>A 专项 certificate with a level, which it does not have.</summary>
    LevelOnSpecialty = 12,

    /// <summary>No component results counted, or a blank one.</summary>
    MissingComponentResults = 13,
}
