namespace CertEngine.Domain.Certificates;

/// <summary>Why enrolling or issuing is refused as repeated certification (一人多证, 重复取证). Nothing changed.</summary>
public enum RepeatCertificationRefusal
{
    /// <summary>The person already holds a certificate of this occupation, 工种 and level. Args: its number, its track.</summary>
    SameLevelHeld,

    /// <summary>The person already holds a certificate of this occupation at a higher level. Args: its number, its track.</summary>
    HigherLevelHeld,
}
