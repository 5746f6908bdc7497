namespace CertEngine.Contracts.Sessions;

/// <summary>
/// A step of the misconduct ladder (违纪处理, RULES.md §7): 劝告 → 警告 → 终止考核 → 成绩无效. Each is recorded in the room
/// record (考场记录) with the time, the person and the reason.
/// </summary>
public enum MisconductStep
{
    /// <summary>劝告: the candidate is told to stop; nothing else changes.</summary>
    Advice = 1,

    /// <summary>警告: a formal warning; nothing else changes.</summary>
    Warning = 2,

    /// <summary>终止考核: the attempt ends now (a theory paper is handed in as it stands).</summary>
    Terminate = 3,

    /// <summary>成绩无效: the part result is void and blocks certification.</summary>
    Void = 4,
}
