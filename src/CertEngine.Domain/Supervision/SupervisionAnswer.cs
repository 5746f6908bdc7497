namespace CertEngine.Domain.Supervision;

/// <summary>How one checklist item was found: 符合, 不符合 or 不适用.</summary>
public enum SupervisionAnswer
{
    /// <summary>符合: as the rules require.</summary>
    Conforms,

    /// <summary>不符合: not as the rules require (the note says what was wrong).</summary>
    NonConforming,

    /// <summary>不适用: the item does not apply to this sitting.</summary>
    NotApplicable,
}
