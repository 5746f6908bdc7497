using CertEngine.Contracts.Sessions;

namespace CertEngine.Grains.Sessions;

/// <summary>The stored sitting: plan, phase, clock instants, who checked in, the pinned bank version and the paper seed.</summary>
[GenerateSerializer, Alias("certengine.SessionState")]
public sealed class SessionState
{
    /// <summary>The plan, or <see langword="null"/> before scheduling.</summary>
    [Id(0)] public SessionPlan? Plan { get; set; }

    /// <summary>The phase.</summary>
    [Id(1)] public SessionStatus Status { get; set; }

    /// <summary>When the proctor started the sitting.</summary>
    [Id(2)] public DateTimeOffset? StartedAt { get; set; }

    /// <summary>When the running pause began.</summary>
    [Id(3)] public DateTimeOffset? PausedSince { get; set; }

    /// <summary>ID numbers of checked-in candidates.</summary>
    [Id(4)] public List<string> CheckedIn { get; set; } = [];

    /// <summary>The bank version of the track when the sitting was scheduled.</summary>
    [Id(5)] public int BankVersion { get; set; }

    /// <summary>The sitting's paper seed.</summary>
    [Id(6)] public ulong Seed { get; set; }

    /// <summary>The code the proctor announces when check-in opens; candidates sign in with it (6 digits).</summary>
    [Id(7)] public string? AccessCode { get; set; }

    /// <summary>The track rules version of the track when the sitting was scheduled (0 = the shipped file; older sittings read as 0).</summary>
    [Id(8)] public int RulesVersion { get; set; }

    /// <summary>
    /// The pauses of the whole sitting completed so far (resumed), added to the clock of a candidate who checks in late,
    /// so their deadline is everyone's.
    /// </summary>
    [Id(9)] public TimeSpan PausedTotal { get; set; }

    /// <summary>The ID numbers of the candidates marked absent (缺考): by a proctor, or at the close for everyone not checked in.</summary>
    [Id(10)] public List<string> Absent { get; set; } = [];

    /// <summary>When the sitting was cancelled, or null.</summary>
    [Id(11)] public DateTimeOffset? CancelledAt { get; set; }

    /// <summary>Why the sitting was cancelled, or null.</summary>
    [Id(12)] public string? CancelReason { get; set; }

    /// <summary>The sitting as its console shows it, or null before it is scheduled.</summary>
    public SessionSnapshot? Snapshot(string id) => Plan is { } plan
        ? new SessionSnapshot(id, plan, Status, StartedAt, CheckedIn.ToList(), BankVersion, Seed, AccessCode, Absent.ToList(), CancelledAt, CancelReason)
        : null;
}
