namespace CertEngine.Domain.Certificates;

/// <summary>Why no certificate number could be composed.</summary>
public enum NumberFailure
{
    /// <summary>A 职业技能等级证书 needs the certified level's digit.</summary>
    LevelRequired = 1,

    /// <summary>A 专项职业能力证书 has no level, and one was given.</summary>
    LevelNotAllowed = 2,

    /// <summary>The serial exceeds the scheme's largest (the year's numbers for this prefix are used up).</summary>
    SerialExhausted = 3,
}
