namespace CertEngine.Domain.Tracks;

/// <summary>The kind of school a graduation certificate comes from (RULES.md §3). Data names each in Chinese.</summary>
public enum SchoolKind
{
    /// <summary>技工学校.</summary>
    TechnicalSchool,

    /// <summary>中等职业学校 (中职).</summary>
    SecondaryVocational,

    /// <summary>高级技工学校.</summary>
    SeniorTechnicalSchool,

    /// <summary>技师学院.</summary>
    TechnicianCollege,

    /// <summary>高等职业学校 (高职).</summary>
    HigherVocational,

    /// <summary>大学专科 (大专).</summary>
    JuniorCollege,

    /// <summary>大学本科.</summary>
    Bachelor,

    /// <summary>研究生.</summary>
    Postgraduate,
}
