using CertEngine.Contracts.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace CertEngine.Server.Web.Auth;

/// <summary>
/// Who may use what. Every endpoint and page names one of these policies (or is explicitly public), and the role matrix
/// tests check each cell.
/// </summary>
public static class AccessPolicies
{
    /// <summary>Any signed-in staff member.</summary>
    public const string Staff = "staff";

    /// <summary>Staff accounts and other deployment settings: Admin.</summary>
    public const string Admin = "admin";

    /// <summary>Banks, tracks, candidates, scheduling, certificates: Admin and CentreManager (考务管理).</summary>
    public const string Registrar = "registrar";

    /// <summary>Running a sitting: Admin, CentreManager and Proctor (a Proctor only on the sittings they are named on).</summary>
    public const string Proctor = "proctor";

    /// <summary>
    /// A sitting's console (<c>/proctor/{id}</c> and its actions): Admin, CentreManager, Proctor and Assessor — a Proctor
    /// only on the sittings naming them, an Assessor only as the chief assessor (考评组长) of a practical or review sitting,
    /// on that sitting alone (checked per sitting by <c>SittingQueries.MayRun</c>). A practical sitting names no proctor:
    /// its chief runs it.
    /// </summary>
    public const string Console = "console";

    /// <summary>
    /// Watching a sitting's console live (the sitting, its roster, the seat photos): <see cref="Watch"/>'s roles and the
    /// chief assessor of a practical or review sitting (checked per sitting).
    /// </summary>
    public const string ConsoleWatch = "console-watch";

    /// <summary>Scoring practical tasks: Assessor (only for candidates assigned to them).</summary>
    public const string Assessor = "assessor";

    /// <summary>Watching a sitting live, read-only (the roster, the phase): Admin, CentreManager, Proctor and Supervisor (a Proctor or Supervisor only on sittings naming them).</summary>
    public const string Watch = "watch";

    /// <summary>A sitting's trail, results and supervision record, read-only: Admin, CentreManager and Supervisor (a Supervisor only on sittings naming them).</summary>
    public const string Oversight = "oversight";

    /// <summary>Filing supervision records (督导记录): Supervisor, only on sittings naming them — the role's one write.</summary>
    public const string Supervisor = "supervisor";

    /// <summary>Reads the programme report: Admin, CentreManager and the authority (read-only).</summary>
    public const string Reports = "reports";

    /// <summary>A signed-in candidate, bound to their own attempt.</summary>
    public const string Candidate = "candidate";

    /// <summary>Registers the policies.</summary>
    public static AuthorizationBuilder AddCertEngineAccessPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Staff, p => p.RequireRole(StaffRoles.All))
        .AddPolicy(Admin, p => p.RequireRole(StaffRoles.Admin))
        .AddPolicy(Registrar, p => p.RequireRole(StaffRoles.Admin, StaffRoles.CentreManager))
        .AddPolicy(Proctor, p => p.RequireRole(StaffRoles.Admin, StaffRoles.CentreManager, StaffRoles.Proctor))
        .AddPolicy(Console, p => p.RequireRole(StaffRoles.Admin, StaffRoles.CentreManager, StaffRoles.Proctor, StaffRoles.Assessor))
        .AddPolicy(ConsoleWatch, p => p.RequireRole(StaffRoles.Admin, StaffRoles.CentreManager, StaffRoles.Proctor, StaffRoles.Supervisor, StaffRoles.Assessor))
        .AddPolicy(Assessor, p => p.RequireRole(StaffRoles.Assessor))
        .AddPolicy(Watch, p => p.RequireRole(StaffRoles.Admin, StaffRoles.CentreManager, StaffRoles.Proctor, StaffRoles.Supervisor))
        .AddPolicy(Oversight, p => p.RequireRole(StaffRoles.Admin, StaffRoles.CentreManager, StaffRoles.Supervisor))
        .AddPolicy(Supervisor, p => p.RequireRole(StaffRoles.Supervisor))
        .AddPolicy(Reports, p => p.RequireRole(StaffRoles.Admin, StaffRoles.CentreManager, StaffRoles.Authority))
        .AddPolicy(Candidate, p => p.RequireRole(CertEngineClaims.CandidateRole)
            .RequireClaim(CertEngineClaims.Session).RequireClaim(CertEngineClaims.IdNumber));
}
