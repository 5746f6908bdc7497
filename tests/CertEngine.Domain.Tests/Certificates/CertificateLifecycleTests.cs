using CertEngine.Domain.Certificates;

namespace CertEngine.Domain.Tests.Certificates;

public sealed class CertificateLifecycleTests
{
    public static TheoryData<CertificateStatus, string, CertificateStatus?> Transitions => new()
    {
        { CertificateStatus.Valid, "suspend", CertificateStatus.Suspended },
        { CertificateStatus.Valid, "reinstate", null },
        { CertificateStatus.Valid, "revoke", CertificateStatus.Revoked },
        { CertificateStatus.Valid, "reissue", CertificateStatus.Superseded },
        { CertificateStatus.Suspended, "suspend", null },
        { CertificateStatus.Suspended, "reinstate", CertificateStatus.Valid },
        { CertificateStatus.Suspended, "revoke", CertificateStatus.Revoked },
        { CertificateStatus.Suspended, "reissue", CertificateStatus.Superseded },
        { CertificateStatus.Revoked, "suspend", null },
        { CertificateStatus.Revoked, "reinstate", null },
        { CertificateStatus.Revoked, "revoke", null },
        { CertificateStatus.Revoked, "reissue", null },
        { CertificateStatus.Superseded, "suspend", null },
        { CertificateStatus.Superseded, "reinstate", null },
        { CertificateStatus.Superseded, "revoke", null },
        { CertificateStatus.Superseded, "reissue", null },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Apply_EveryStatusAndAction_FollowsTheTable(CertificateStatus from, string action, CertificateStatus? expected)
    {
        var outcome = CertificateLifecycle.Apply(from, Action(action, " 复核 "));

        if (expected is { } status)
        {
            Assert.Equal(new LifecycleOutcome.Changed(status, "复核"), outcome);
        }
        else
        {
            Assert.IsType<LifecycleOutcome.Refused>(outcome);
        }
    }

    [Fact]
    public void Apply_RevokeARevokedCertificate_SaysWhy()
    {
        var outcome = CertificateLifecycle.Apply(CertificateStatus.Revoked, new CertificateAction.Revoke("重复"));

        var why = Assert.IsType<LifecycleOutcome.Refused>(outcome).Why;
        Assert.Equal((CertificateRefusal.NotAllowedFromStatus, "Revoked,Revoke"), (why.Reason, string.Join(',', why.Args)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Apply_BlankReason_IsRefused(string reason)
    {
        var outcome = CertificateLifecycle.Apply(CertificateStatus.Valid, new CertificateAction.Suspend(reason));

        Assert.Equal(CertificateRefusal.ReasonRequired, Assert.IsType<LifecycleOutcome.Refused>(outcome).Why.Reason);
    }

    private static CertificateAction Action(string name, string reason) => name switch
    {
        "suspend" => new CertificateAction.Suspend(reason),
        "reinstate" => new CertificateAction.Reinstate(reason),
        "revoke" => new CertificateAction.Revoke(reason),
        "reissue" => new CertificateAction.Reissue(reason),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
