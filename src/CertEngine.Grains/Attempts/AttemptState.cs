using CertEngine.Contracts.Attempts;
using CertEngine.Domain.Scoring;
using CertEngine.Storage.Records.Facts;

namespace CertEngine.Grains.Attempts;

/// <summary>The stored theory attempt: setup, paper, answers (stored option labels), clock and result.</summary>
[GenerateSerializer, Alias("certengine.AttemptState")]
public sealed class AttemptState
{
    /// <summary>The setup from the sitting, or <see langword="null"/> before it is prepared.</summary>
    [Id(0)] public AttemptSetup? Setup { get; set; }

    /// <summary>The bank the paper was drawn from.</summary>
    [Id(1)] public string BankId { get; set; } = "";

    /// <summary>The level digit of the paper.</summary>
    [Id(2)] public int Level { get; set; }

    /// <summary>The 工种 of the paper, if any.</summary>
    [Id(3)] public string? WorkType { get; set; }

    /// <summary>The paper, in the order shown.</summary>
    [Id(4)] public List<QuestionState> Questions { get; set; } = [];

    /// <summary>
    /// Answers saved before they moved to their own record (<see cref="AnswerSheetState"/>); read once on activation,
    /// moved, and left empty.
    /// </summary>
    [Obsolete("Answers live in AnswerSheetState; this holds only what older versions saved here.")]
    [Id(5)] public Dictionary<int, List<string>> Answers { get; set; } = [];

    /// <summary>Where the attempt stands.</summary>
    [Id(6)] public AttemptStatus Status { get; set; }

    /// <summary>Check-in instant, or null before check-in.</summary>
    [Id(7)] public DateTimeOffset? CheckedInAt { get; set; }

    /// <summary>The proctor who checked the candidate in.</summary>
    [Id(8)] public string? CheckedInBy { get; set; }

    /// <summary>When the clock started (the sitting's start).</summary>
    [Id(9)] public DateTimeOffset? StartedAt { get; set; }

    /// <summary>Extra time granted.</summary>
    [Id(10)] public TimeSpan Extra { get; set; }

    /// <summary>Completed pauses in total.</summary>
    [Id(11)] public TimeSpan Paused { get; set; }

    /// <summary>When the running pause began.</summary>
    [Id(12)] public DateTimeOffset? PausedSince { get; set; }

    /// <summary>The result once submitted.</summary>
    [Id(13)] public AttemptResult? Result { get; set; }

    /// <summary>The pass mark of the component (out of 100).</summary>
    [Id(14)] public decimal PassMark { get; set; }

    /// <summary>
    /// The track's 多选 policy as text: what releases before December 2026 stored. Read only through
    /// <see cref="AttemptStateViews.Policy"/> when <see cref="MultipleChoicePolicy"/> is missing; never written now.
    /// </summary>
    [Id(15)] public string LegacyMultipleChoice { get; set; } = "";

    /// <summary>The track's 多选 policy when the attempt was prepared; null in an attempt stored before December 2026.</summary>
    [Id(19)] public MultipleChoicePolicy? MultipleChoicePolicy { get; set; }

    /// <summary>成绩无效: the result was voided for misconduct; every result record says so.</summary>
    [Id(20)] public bool Voided { get; set; }

    /// <summary>The bank version whose keys graded the attempt (the paper's own, or a corrected one after a regrade).</summary>
    [Id(16)] public int GradedVersion { get; set; }

    /// <summary>The outbox: facts saved with this state that may not yet be in the record store (<see cref="Records.FactOutbox"/>).</summary>
    [Id(17)] public List<RecordFact> UnrecordedFacts { get; set; } = [];

    /// <summary>
    /// A result (or a regrade's new result) saved here that the candidate's grain may not have yet: set in the same write
    /// as the result, cleared once delivered; an activation delivers it again, so a crash between the two loses nothing.
    /// </summary>
    [Id(18)] public bool ResultPending { get; set; }
}
