using System.ComponentModel.DataAnnotations;

namespace CertEngine.Server.Web.Auth;

/// <summary>
/// How guessing is stopped where it is aimed: per staff account (ASP.NET Core Identity's lockout model: so many wrong
/// passwords in a row lock the account for a while) and per admission ticket (so many wrong ID numbers or access codes,
/// from any address, lock the ticket until its proctor unlocks it).
/// </summary>
public sealed class SignInOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CertEngine:SignIn";

    /// <summary>Wrong passwords in a row that lock a staff account (Identity's default is 5).</summary>
    [Range(1, 100)]
    public int StaffMaxFailures { get; set; } = 5;

    /// <summary>Minutes a locked staff account stays locked (Identity's default is 5; a centre's accounts are few and valuable).</summary>
    [Range(1, 24 * 60)]
    public int StaffLockoutMinutes { get; set; } = 15;

    /// <summary>Wrong ID numbers or access codes for one admission ticket that lock it until a proctor unlocks it.</summary>
    [Range(1, 100)]
    public int TicketMaxFailures { get; set; } = 10;
}
