using CertEngine.Contracts.Candidates;
using CertEngine.Storage.Records.Facts;

namespace CertEngine.Grains.Candidates;

/// <summary>The stored candidate: profile, enrolments, component results and certificates held.</summary>
[GenerateSerializer, Alias("certengine.CandidateState")]
public sealed class CandidateState
{
    /// <summary>The profile, or <see langword="null"/> before registration.</summary>
    [Id(0)] public CandidateProfile? Profile { get; set; }

    /// <summary>The birth date read from the ID number.</summary>
    [Id(1)] public DateOnly BirthDate { get; set; }

    /// <summary>Admissions to tracks, one per track.</summary>
    [Id(2)] public List<Enrolment> Enrolments { get; set; } = [];

    /// <summary>Component results, in the order recorded.</summary>
    [Id(3)] public List<ComponentResultRecord> Results { get; set; } = [];

    /// <summary>Certificates issued to the candidate.</summary>
    [Id(4)] public List<HeldCertificate> Certificates { get; set; } = [];

    /// <summary>
    /// The candidate's internal id (random, given at first registration): what audit trails are keyed by, so two people
    /// whose masked ID numbers look alike never share a trail and no trail key carries the number.
    /// </summary>
    [Id(5)] public string? InternalId { get; set; }

    /// <summary>
    /// The outbox: enrolments saved here whose fact may not yet be in the record store. Stored with the enrolment in one
    /// write, emptied once the fact is stored (at the next write, or on activation), retried by a reminder.
    /// </summary>
    [Id(6)] public List<Enrolment> UnrecordedEnrolments { get; set; } = [];

    /// <summary>Certificate numbers reserved per track while their issue completes (at most one per track).</summary>
    [Id(7)] public Dictionary<string, string> ReservedNumbers { get; set; } = [];

    /// <summary>The number of facts this candidate has handed to the record store: the next fact's id ends with it.</summary>
    [Id(8)] public long FactSequence { get; set; }

    /// <summary>The outbox of component-result facts (<see cref="Records.FactOutbox"/>).</summary>
    [Id(9)] public List<RecordFact> UnrecordedFacts { get; set; } = [];

    /// <summary>Whether the current profile has been handed to the outbox (false for a candidate registered before the record store held profiles).</summary>
    [Id(10)] public bool ProfileHandedOver { get; set; }
}
