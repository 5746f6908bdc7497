using System.Security.Claims;
using System.Security.Cryptography;
using CertEngine.Contracts.Accounts;
using CertEngine.Contracts.Sessions;
using CertEngine.Domain.Supervision;
using CertEngine.Server.Features.Supervision;
using CertEngine.Storage.Records.Supervision;
using Microsoft.AspNetCore.Identity;

namespace CertEngine.Server.Demo;

/// <summary>
/// 督导 on a demo day (逢考必督): an external 督导员 with a Supervisor account is named on the theory sitting when it is
/// scheduled and, once it is closed, files and signs the sitting's supervision record from the shipped checklist
/// (<c>tracks/supervision/checklist.yaml</c>) through the same <see cref="SupervisionDesk"/> as the 督导 page and API.
/// </summary>
internal static class DemoSupervision
{
    /// <summary>The demo's 督导员's user name.</summary>
    public const string Supervisor = "zhao.min";

    /// <summary>Their display name.</summary>
    public const string SupervisorName = "赵敏（外部督导员）";

    /// <summary>Creates the 督导员's account (external, role Supervisor, a random password nobody knows) unless a run before did.</summary>
    public static async Task EnsureAccountAsync(IGrainFactory grains)
    {
        var account = grains.GetGrain<IStaffAccountGrain>(StaffAccountKey.Of(Supervisor));
        if (await account.GetAsync() is null)
        {
            var hash = new PasswordHasher<StaffAccount>().HashPassword(null!, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
            ExamDaySimulation.Check(await account.CreateAsync(new NewStaffAccount(Supervisor, SupervisorName, [StaffRoles.Supervisor], External: true), hash,
                ExamDaySimulation.Actor), "supervisor account");
        }
    }

    /// <summary>Files and signs the closed sitting's record as the 督导员; throws when the desk refuses it.</summary>
    public static async Task<SupervisionRecordView> SignAsync(IGrainFactory grains, IServiceProvider services, TimeProvider clock, string tracksRoot, string sessionId)
    {
        var session = await grains.GetGrain<IExamSessionGrain>(sessionId).GetAsync()
            ?? throw new InvalidOperationException($"supervision: no sitting {sessionId}");
        var source = new SupervisionChecklistSource(tracksRoot);
        if (source.Checklist is not { } checklist)
        {
            throw new InvalidOperationException("supervision: " + string.Join("; ", source.Problems.Select(p => p.ToString())));
        }

        // A theory sitting has no assessors to be independent of the candidates; everything else was seen to conform.
        var entries = checklist.Items.Select(item => item.Id == "assessor-independence"
            ? new SupervisionEntry(item.Id, SupervisionAnswer.NotApplicable, "理论考试无考评员")
            : new SupervisionEntry(item.Id, SupervisionAnswer.Conforms, "")).ToList();
        var filing = new SupervisionFiling(entries, "全程在场督导；已查看异常信号列表，雷同错答信号已交主考复核。", Sign: true, Corrects: null);
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, Supervisor), new Claim(ClaimTypes.Role, StaffRoles.Supervisor)], "demo"));
        using var desk = new SupervisionDesk(grains, services.GetRequiredService<ISupervisionRecords>(), source, clock);
        return await desk.FileAsync(session, filing, user, CancellationToken.None) switch
        {
            FilingOutcome.Filed filed => filed.Record,
            FilingOutcome.Refused refused => throw new InvalidOperationException($"supervision: {Web.Localization.RefusalWords.Bilingual(refused.Reply)}"),
            _ => throw new InvalidOperationException("supervision: unhandled outcome"),
        };
    }
}
