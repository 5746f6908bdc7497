namespace CertEngine.Domain.Tracks;

/// <summary>The kinds of eligibility evidence (申报材料) RULES.md §3 accepts; tracks data names them in <c>review:</c>.</summary>
public enum EvidenceKind
{
    /// <summary>工作年限证明: a period of work in an occupation (<c>work</c>).</summary>
    Work,

    /// <summary>学徒期满 (<c>apprenticeship</c>).</summary>
    Apprenticeship,

    /// <summary>A certificate held (职业技能等级证书 or 职业资格证书) (<c>certificate</c>).</summary>
    Certificate,

    /// <summary>A graduation certificate (毕业证书) (<c>graduation</c>).</summary>
    Graduation,

    /// <summary>A training record (培训学时证明) (<c>training</c>).</summary>
    Training,
}
