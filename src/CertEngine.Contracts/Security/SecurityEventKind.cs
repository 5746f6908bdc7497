namespace CertEngine.Contracts.Security;

/// <summary>What kind of refused or suspicious action a <see cref="SecurityEvent"/> records (安全事件).</summary>
/// <remarks>Stored by name in grain state: never renumber, only add.</remarks>
public enum SecurityEventKind
{
    /// <summary>A staff sign-in with a wrong user name or password, or for a disabled account.</summary>
    StaffSignInFailed = 0,

    /// <summary>A staff sign-in refused because the account is locked after repeated failures.</summary>
    StaffSignInLocked = 1,

    /// <summary>A staff account locked after repeated failures.</summary>
    StaffAccountLocked = 2,

    /// <summary>A candidate sign-in with a wrong ID number or access code for an admission ticket of an open sitting.</summary>
    CandidateSignInFailed = 3,

    /// <summary>A candidate sign-in refused because the admission ticket is locked.</summary>
    CandidateSignInLocked = 4,

    /// <summary>An admission ticket locked after repeated wrong ID numbers or access codes.</summary>
    TicketLocked = 5,

    /// <summary>A second sign-in of a candidate took the attempt over from an earlier browser.</summary>
    CandidateTakenOver = 6,

    /// <summary>A signed-in user asked for something their role may not do (403).</summary>
    RoleRefused = 7,

    /// <summary>A signed-in user asked for a sitting, sheet or record that is not theirs.</summary>
    OwnershipRefused = 8,

    /// <summary>A certificate token whose signature or content does not check out (<c>forged</c>).</summary>
    CertificateForged = 9,

    /// <summary>A request refused by a rate limit (429).</summary>
    RateLimited = 10,

    /// <summary>A state-changing request from a page of another origin, refused (403).</summary>
    ForeignOrigin = 11,

    /// <summary>An earlier browser of a candidate used after another sign-in took the attempt over.</summary>
    SupersededSession = 12,

    /// <summary>Events this server could not keep because too many arrived at once (the count says how many).</summary>
    Overflow = 13,
}
