using CertEngine.Contracts.Candidates;

namespace CertEngine.Grains.Tracks;

/// <summary>
/// The stored track: the pinned bank and rules versions and a count of certificates issued. Bounded: who is enrolled is
/// a table of the record store, and each candidate's grain holds its own certificate numbers. The lists an older
/// release kept here are moved out on first activation and stay empty.
/// </summary>
[GenerateSerializer, Alias("certengine.TrackState")]
public sealed class TrackState
{
    /// <summary>The published bank version the track draws from, or 0 before it is opened.</summary>
    [Id(0)] public int BankVersion { get; set; }

    /// <summary>When the track was opened.</summary>
    [Id(1)] public DateTimeOffset OpenedAt { get; set; }

    /// <summary>An older release's enrolments, by ID number: moved to the record store on activation, then empty.</summary>
    [Id(2)] public Dictionary<string, Enrolment> Enrolled { get; set; } = [];

    /// <summary>
    /// An older release's certificate number of each candidate issued one, by ID number: moved to the candidates' grains
    /// (held, or reserved while unconfirmed) on activation, then empty.
    /// </summary>
    [Id(3)] public Dictionary<string, string> Issued { get; set; } = [];

    /// <summary>An older release's numbers whose certificate grain had confirmed the issue: counted, then emptied on activation.</summary>
    [Id(4)] public HashSet<string> Confirmed { get; set; } = [];

    /// <summary>
    /// The version of the code's track rules the track is built from: 0 = the shipped <c>tracks/</c> file (also what a track
    /// stored before rules were versioned reads as), n = the n-th version published from the web.
    /// </summary>
    [Id(5)] public int RulesVersion { get; set; }

    /// <summary>How many certificates the track has issued (reissues included); a crash between issuing and counting may leave it one short.</summary>
    [Id(6)] public int IssuedCount { get; set; }
}
