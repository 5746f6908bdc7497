using CertEngine.Contracts.Accounts;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Dashboard;

/// <summary>The administration menu (考务管理) for Admin and CentreManager.</summary>
[Authorize(Policy = AccessPolicies.Registrar)]
public sealed class DashboardModel : PageModel
{
    /// <summary>Whether the staff accounts page is offered (Admin only).</summary>
    public bool IsAdmin => User.IsInRole(StaffRoles.Admin);

    /// <summary>Shows the menu.</summary>
    public void OnGet()
    {
    }
}
