using CertEngine.Contracts.Candidates;

namespace CertEngine.Grains.Tracks;

/// <summary>The stored track: the pinned bank and rules versions, who is enrolled, and every certificate it issued.</summary>
[GenerateSerializer, Alias("certengine.TrackState")]
public sealed class TrackState
{
    /// <summary>The published bank version the track draws from, or 0 before it is opened.</summary>
    [Id(0)] public int BankVersion { get; set; }

    /// <summary>When the track was opened.</summary>
    [Id(1)] public DateTimeOffset OpenedAt { get; set; }

    /// <summary>Enrolments, by ID number.</summary>
    [Id(2)] public Dictionary<string, Enrolment> Enrolled { get; set; } = [];

    /// <summary>
    /// The certificate number of each candidate issued one, by ID number. A number is written here before the
    /// certificate grain is told, so a retry after a crash completes the same number instead of taking another.
    /// </summary>
    [Id(3)] public Dictionary<string, string> Issued { get; set; } = [];

    /// <summary>Numbers whose certificate grain has confirmed the issue.</summary>
    [Id(4)] public HashSet<string> Confirmed { get; set; } = [];

    /// <summary>
    /// The version of the code's track rules the track is built from: 0 = the shipped <c>tracks/</c> file (also what a track
    /// stored before rules were versioned reads as), n = the n-th version published from the web.
    /// </summary>
    [Id(5)] public int RulesVersion { get; set; }
}
