using System.Security.Claims;
using CertEngine.Contracts;
using CertEngine.Contracts.Sessions;
using CertEngine.Server.Features.Sessions;

namespace CertEngine.Server.Tests.Sessions;

/// <summary>
/// Who may run a sitting's console. Assessors now pass the console's policy (a practical sitting's chief runs it), so a name
/// on the proctor list counts only for a Proctor: an assessor account named there by mistake, through the API, does not
/// get a theory sitting's console and its access code.
/// </summary>
public sealed class MayRunTests
{
    private static readonly SessionSnapshot Theory = Sitting(ExamComponent.Theory);
    private static readonly SessionSnapshot Practical = Sitting(ExamComponent.Practical);

    [Theory]
    [InlineData("proctor.li", "Proctor", true)]         // named, and a Proctor
    [InlineData("proctor.li", "Assessor", false)]       // named, but an Assessor: the list does not make them a proctor
    [InlineData("proctor.li", "Supervisor", false)]
    [InlineData("someone", "Proctor", false)]           // a Proctor not named on it
    [InlineData("someone", "CentreManager", true)]
    [InlineData("someone", "Admin", true)]
    public void TheorySitting_ProctorListCountsOnlyForProctors(string user, string role, bool mayRun) =>
        Assert.Equal(mayRun, SittingQueries.MayRun(User(user, role), Theory));

    [Theory]
    [InlineData("chief.zhao", "Assessor", true)]        // the chief of a practical sitting runs its console
    [InlineData("assessor.qian", "Assessor", false)]    // a plain assessor does not
    [InlineData("chief.zhao", "Proctor", false)]        // the chief's name without the Assessor role
    public void PracticalSitting_TheChiefAssessorRunsIt(string user, string role, bool mayRun) =>
        Assert.Equal(mayRun, SittingQueries.MayRun(User(user, role), Practical));

    private static ClaimsPrincipal User(string name, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], "test"));

    private static SessionSnapshot Sitting(ExamComponent component) => new(
        "S-1",
        new SessionPlan("4-10-01-06/家务服务员/5", component, "长治市职业技能鉴定中心", "301", DateTimeOffset.UnixEpoch, 90,
            component == ExamComponent.Theory ? ["proctor.li"] : [], [], ["chief.zhao", "assessor.qian"], "chief.zhao"),
        SessionStatus.Scheduled, null, [], 1, 1, "123456");
}
