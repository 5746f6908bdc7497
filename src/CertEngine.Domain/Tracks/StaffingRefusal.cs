namespace CertEngine.Domain.Tracks;

/// <summary>Why a sitting's staff falls short of the <see cref="StaffingRule"/> (RULES.md §4).</summary>
public enum StaffingRefusal
{
    /// <summary>Too few proctors. Args: candidates, proctors needed, proctors assigned, candidates per proctor, proctors per room at least.</summary>
    ProctorsShort,

    /// <summary>Fewer assessors than score each candidate. Args: assessors needed, assessors assigned.</summary>
    ScoringAssessorsShort,

    /// <summary>Too few assessors for the practical room. Args: candidates, needed, candidates per assessor, minimum, assigned.</summary>
    RoomAssessorsShort,

    /// <summary>As <see cref="RoomAssessorsShort"/>, where the room also needs an odd number. Same args.</summary>
    RoomAssessorsShortOdd,

    /// <summary>An even number of assessors in a practical room that needs an odd one. Args: assigned.</summary>
    RoomAssessorsEven,

    /// <summary>A 综合评审 panel too small. Args: minimum, members.</summary>
    PanelShort,

    /// <summary>A 综合评审 panel too small or even, where it must be odd. Args: minimum, members.</summary>
    PanelShortOrEven,

    /// <summary>No chief assessor (考评组长), or one not on the panel.</summary>
    ChiefMissing,
}
