namespace CertEngine.Domain.Certificates;

/// <summary>The two kinds of certificate the engine issues (RULES.md §9).</summary>
public enum CertificateKind
{
    /// <summary>职业技能等级证书: carries a level digit and the national 22-character number.</summary>
    SkillLevel,

    /// <summary>专项职业能力证书: no level; its number format is configured separately.</summary>
    Specialty,
}
