namespace CertEngine.Domain.Scoring;

/// <summary>What a triggered 否决项 (veto item) does (RULES.md §7).</summary>
public enum VetoEffect
{
    /// <summary>The task scores zero; the other tasks still count. The default.</summary>
    TaskScoresZero,

    /// <summary>The whole practical component fails, whatever the other tasks score.</summary>
    ComponentFails,
}
