namespace CertEngine.Contracts.Accounts;

/// <summary>
/// The staff roles of DESIGN.md's security model. Candidates and the public are not staff: a candidate signs in with an
/// admission ticket, the public needs no sign-in.
/// </summary>
public static class StaffRoles
{
    /// <summary>系统管理员: staff accounts, tracks, everything a centre manager may do.</summary>
    public const string Admin = "Admin";

    /// <summary>考务管理员: banks, sessions, candidates, certificates of the programme.</summary>
    public const string CentreManager = "CentreManager";

    /// <summary>监考员: runs the sittings they are named on.</summary>
    public const string Proctor = "Proctor";

    /// <summary>考评员: scores the practical tasks assigned to them.</summary>
    public const string Assessor = "Assessor";

    /// <summary>督导员: watches the sittings they are named on, read-only, and files each one's supervision record.</summary>
    public const string Supervisor = "Supervisor";

    /// <summary>主管部门（只读）: the human-resources authority (人社部门) and the programme's steering office: reads the programme report, changes nothing.</summary>
    public const string Authority = "Authority";

    /// <summary>Every staff role, in the order pages list them.</summary>
    public static IReadOnlyList<string> All { get; } = [Admin, CentreManager, Proctor, Assessor, Supervisor, Authority];

    /// <summary>Whether <paramref name="role"/> is one of <see cref="All"/> (exact spelling).</summary>
    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
