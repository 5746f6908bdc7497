using CertEngine.Contracts.Attempts;
using CertEngine.Storage.Records.Facts;

namespace CertEngine.Grains.Practical;

/// <summary>The stored practical or review attempt: drawn tasks, every signed sheet, adjudications and the recorded part score.</summary>
[GenerateSerializer, Alias("certengine.PracticalAttemptState")]
public sealed class PracticalAttemptState
{
    /// <summary>The setup, or <see langword="null"/> before preparation.</summary>
    [Id(0)] public AttemptSetup? Setup { get; set; }

    /// <summary>The drawn task ids, in order (the review panel's single pseudo-task for 综合评审).</summary>
    [Id(1)] public List<string> Tasks { get; set; } = [];

    /// <summary>Signed sheets: task id → assessor id → sheet.</summary>
    [Id(2)] public Dictionary<string, Dictionary<string, SheetState>> Sheets { get; set; } = [];

    /// <summary>Adjudications by task id.</summary>
    [Id(3)] public Dictionary<string, AdjudicationState> Adjudications { get; set; } = [];

    /// <summary>The part score once every task is final.</summary>
    [Id(4)] public decimal? Score { get; set; }

    /// <summary>The Beijing date of the sitting.</summary>
    [Id(5)] public DateOnly SatOn { get; set; }

    /// <summary>The pass mark of the component.</summary>
    [Id(6)] public decimal PassMark { get; set; }

    /// <summary>The outbox of sheet and adjudication facts (<see cref="Records.FactOutbox"/>).</summary>
    [Id(7)] public List<RecordFact> UnrecordedFacts { get; set; } = [];

    /// <summary>成绩无效: the part result was voided for misconduct; it is recorded void.</summary>
    [Id(8)] public bool Voided { get; set; }

    /// <summary>The ids of the 答辩 questions a review seat was given from its bank's review material; empty otherwise.</summary>
    [Id(9)] public List<string> ReviewQuestions { get; set; } = [];
}
