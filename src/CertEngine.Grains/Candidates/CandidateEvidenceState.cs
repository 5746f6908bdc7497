using CertEngine.Contracts.Candidates;
using CertEngine.Storage.Records.Facts;

namespace CertEngine.Grains.Candidates;

/// <summary>The stored evidence file of one candidate (申报材料) and their applications through review (资格审核). Bounded: at most <see cref="CandidateEvidenceGrain.MaxItems"/> items and one application per track.</summary>
[GenerateSerializer, Alias("certengine.CandidateEvidenceState")]
public sealed class CandidateEvidenceState
{
    /// <summary>The evidence, in the order added.</summary>
    [Id(0)] public List<EvidenceEntry> Items { get; set; } = [];

    /// <summary>The latest application per track that went through review.</summary>
    [Id(1)] public List<EligibilityApplication> Applications { get; set; } = [];

    /// <summary>Raised by every change to the evidence (a rejected application needs a later revision to be resubmitted).</summary>
    [Id(2)] public int Revision { get; set; }

    /// <summary>The number of evidence ids given: the next is <c>e{NextId + 1}</c> (ids are never reused).</summary>
    [Id(3)] public int NextId { get; set; }

    /// <summary>The number of review facts handed to the record store: the next fact's id ends with it.</summary>
    [Id(4)] public long FactSequence { get; set; }

    /// <summary>The outbox of review facts (<see cref="Records.FactOutbox"/>).</summary>
    [Id(5)] public List<RecordFact> UnrecordedFacts { get; set; } = [];
}
