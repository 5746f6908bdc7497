using CertEngine.Contracts;
using CertEngine.Contracts.Attempts;
using CertEngine.Contracts.Candidates;
using CertEngine.Domain;
using CertEngine.Domain.Attempts;
using CertEngine.Domain.Papers;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Scoring;
using CertEngine.Domain.Sessions;
using CertEngine.Domain.Tracks;

namespace CertEngine.Grains.Attempts;

/// <summary>The one place where the stored attempt is read as Domain values and where the Domain's reasons become reply codes.</summary>
internal static class AttemptStateViews
{
    /// <summary>The attempt's clock once started.</summary>
    public static AttemptClock? Clock(this AttemptState s) => s.StartedAt is { } started && s.Setup is { } setup
        ? AttemptClock.Restore(started, TimeSpan.FromMinutes(setup.Minutes), s.Extra, s.Paused, s.PausedSince)
        : null;

    /// <summary>The attempt's rules over its stored state.</summary>
    public static TheoryAttempt Rules(this AttemptState s) =>
        new(s.Phase(), s.CheckedInAt is not null, s.Clock(), s.Questions.Count, s.Extra);

    /// <summary>The stored status as the Domain's phase (mapped here only).</summary>
    public static AttemptPhase Phase(this AttemptState s) => s.Setup is null ? AttemptPhase.Unassembled : s.Status switch
    {
        AttemptStatus.Ready => AttemptPhase.Ready,
        AttemptStatus.Running => AttemptPhase.Running,
        AttemptStatus.Paused => AttemptPhase.Paused,
        AttemptStatus.Submitted => AttemptPhase.Submitted,
        _ => throw new InvalidOperationException($"unknown attempt status {s.Status}"),
    };

    /// <summary>The 多选 policy the attempt was prepared with (an attempt stored before December 2026 kept it as text).</summary>
    public static MultipleChoicePolicy Policy(this AttemptState s) =>
        s.MultipleChoicePolicy
        ?? (Enum.TryParse<MultipleChoicePolicy>(s.LegacyMultipleChoice, out var policy) ? policy : MultipleChoicePolicy.AllOrNothing);

    /// <summary>The paper as the Domain grades it.</summary>
    public static Paper Paper(this AttemptState s)
    {
        var setup = s.Setup!;
        return new Paper(s.BankId, setup.BankVersion, s.Level, s.WorkType, setup.SessionSeed, setup.Seat, s.Questions.Select(Question).ToList());
    }

    /// <summary>One stored question as the Domain's (a question stored before December 2026 kept its type as text).</summary>
    public static PaperQuestion Question(QuestionState q) =>
        new(q.ItemId, q.ItemVersion, Type(q), q.Points, q.Cell, q.OptionOrder);

    /// <summary>The stored question's type: the enum, or the text an older release wrote.</summary>
    public static ItemType Type(QuestionState q) =>
        q.Kind ?? ItemTypes.Parse(q.LegacyType) ?? throw new InvalidOperationException($"question {q.ItemId}: unknown stored type '{q.LegacyType}'");

    /// <summary>One question as the candidate sees it: the item's words in display order and the answer saved so far.</summary>
    /// <remarks>A 判断 question's two options carry no words: the page says 正确 / 错误 in the candidate's language.</remarks>
    public static ShownQuestion Show(Bank bank, QuestionState question, int index, List<string>? stored)
    {
        var paperQuestion = Question(question);
        var item = bank.FindItem(question.ItemId);
        var saved = stored?.Select(s => DisplayLabels.ToDisplay(paperQuestion, s)).OfType<string>().Order(StringComparer.Ordinal).ToList() ?? [];
        IReadOnlyList<ShownOption> options = paperQuestion.Type == ItemType.Judge
            ? [new ShownOption(DisplayLabels.True, ""), new ShownOption(DisplayLabels.False, "")]
            : question.OptionOrder.Select((label, i) => new ShownOption(DisplayLabels.ForPosition(i), item?.Options.FirstOrDefault(o => o.Label == label)?.Text ?? "")).ToList();
        return new ShownQuestion(index, paperQuestion.Type.ToYaml(), item?.Stem ?? "", options, question.Points, saved);
    }


    /// <summary>Fills a new attempt's state with its setup and the paper drawn for it; the attempt is then ready.</summary>
    public static void Assemble(this AttemptState s, AttemptSetup setup, TrackKey key, Paper paper, decimal passMark, MultipleChoicePolicy policy)
    {
        s.Setup = setup;
        s.BankId = key.OccupationCode;
        s.Level = key.Level ?? Occupation.SpecialtyLevel;
        s.WorkType = key.WorkType;
        s.Questions = paper.Questions.Select(q => SharedPaperParts.Question(new QuestionState
        {
            ItemId = q.ItemId,
            ItemVersion = q.ItemVersion,
            Kind = q.Type,
            Points = q.Points,
            Cell = q.CellNodeId,
            OptionOrder = [.. q.OptionOrder],
        })).ToList();
        s.PassMark = passMark;
        s.MultipleChoicePolicy = policy;
        s.GradedVersion = setup.BankVersion;
        s.Status = AttemptStatus.Ready;
    }

    /// <summary>
    /// Records the hand-in graded by <paramref name="grade"/>: submitted, the result kept, its fact in the outbox and the
    /// result marked for delivery to the candidate, all in the one write that follows.
    /// </summary>
    public static void Submit(this AttemptState s, string attemptKey, AnswerSheetState sheet, PaperGrade grade, string actor, DateTimeOffset at)
    {
        s.Status = AttemptStatus.Submitted;
        s.PausedSince = null;
        s.Result = new AttemptResult(grade.Score, s.PassMark, at, actor, sheet.Answers.Count, s.Questions.Count);
        s.UnrecordedFacts.Add(AttemptFacts.Of(attemptKey, s, sheet.Answers, grade, regraded: false, actor, at));
        if (AttemptFacts.Conduct(attemptKey, s, sheet, at) is { } conduct)
        {
            s.UnrecordedFacts.Add(conduct);
        }

        s.ResultPending = true;
    }

    /// <summary>Records a regrade under <paramref name="correctedVersion"/> the same way as <see cref="Submit"/>.</summary>
    public static void Regrade(this AttemptState s, string attemptKey, AnswerSheetState sheet, PaperGrade grade, int correctedVersion, string actor, DateTimeOffset at)
    {
        s.Result = s.Result! with { Score = grade.Score };
        s.GradedVersion = correctedVersion;
        s.UnrecordedFacts.Add(AttemptFacts.Of(attemptKey, s, sheet.Answers, grade, regraded: true, actor, at));
        s.ResultPending = true;
    }

    /// <summary>The answers as the graders read them.</summary>
    public static Dictionary<int, IReadOnlyList<string>> Answers(this AnswerSheetState sheet) =>
        sheet.Answers.ToDictionary(a => a.Key, a => (IReadOnlyList<string>)a.Value);

    /// <summary>The result as the candidate's grain records it.</summary>
    public static ComponentResultRecord ResultRecord(this AttemptState s) => new(
        s.Setup!.TrackKey, ExamComponent.Theory, s.Result!.Score, s.Result.PassMark, ChinaTime.DateOf(s.StartedAt!.Value), s.Setup.SessionId, s.Voided);

    /// <summary>Which items at which versions the paper holds, in order.</summary>
    public static PaperRecord? Record(this AttemptState s) => s.Setup is { } setup
        ? new PaperRecord(s.BankId, setup.BankVersion, setup.SessionSeed, setup.Seat, s.Questions.Select(q => $"{q.ItemId}@{q.ItemVersion}").ToList())
        : null;

    /// <summary>Moves answers an older version saved inside the attempt into the answer sheet, once.</summary>
    public static async Task MoveOlderAnswersAsync(IPersistentState<AttemptState> state, IPersistentState<AnswerSheetState> sheet, CancellationToken cancellationToken)
    {
#pragma warning disable CS0618 // moving answers saved before the answer sheet had its own record
        if (state.State.Answers.Count == 0)
        {
            return;
        }

        if (!sheet.RecordExists)
        {
            sheet.State.Answers = state.State.Answers;
            await sheet.WriteStateAsync(cancellationToken);
        }

        state.State.Answers = [];
#pragma warning restore CS0618
        await state.WriteStateAsync(cancellationToken);
    }

    /// <summary>The paper as the candidate sees it at <paramref name="now"/>: questions, saved answers and the clock.</summary>
    public static CandidatePaper PaperFor(this AttemptState s, Bank bank, AnswerSheetState sheet, DateTimeOffset now)
    {
        var setup = s.Setup!;
        var questions = s.Questions.Select((q, index) => Show(bank, q, index, sheet.Answers.GetValueOrDefault(index))).ToList();
        var current = s.Clock();
        var remaining = s.Result is not null ? TimeSpan.Zero : current?.RemainingAt(now) ?? TimeSpan.FromMinutes(setup.Minutes);
        var deadline = s.Result is null && current is { IsPaused: false } ? current.DeadlineAt(now) : (DateTimeOffset?)null;
        return new CandidatePaper(s.Status, deadline, remaining, questions, setup.Seat, setup.Ticket,
            s.Rules().HandInOpensIn(now, SessionTiming.Default), s.Receipt(sheet));
    }

    /// <summary>The hand-in receipt once submitted (its reference from <see cref="HandInReference"/>), else null.</summary>
    public static HandInReceipt? Receipt(this AttemptState s, AnswerSheetState sheet) => s.Result is { } result && s.Setup is { } setup
        ? new HandInReceipt(result.SubmittedAt, result.Answered, result.Questions, HandInReference.Of($"{setup.SessionId}/{setup.IdNumber}", result.SubmittedAt, sheet.Answers))
        : null;

    /// <summary>How far the candidate is, as the proctor's roster shows it.</summary>
    public static AttemptProgress Progress(this AttemptState s, AnswerSheetState sheet, DateTimeOffset now, DateTimeOffset? lastSeenAt)
    {
        var remaining = s.Result is not null ? TimeSpan.Zero
            : s.Clock() is { } current ? current.RemainingAt(now)
            : TimeSpan.FromMinutes(s.Setup?.Minutes ?? 0);
        return new AttemptProgress(s.Status, sheet.Answers.Count, s.Questions.Count, remaining, lastSeenAt, s.Result?.Score, s.Result?.SubmittedBy);
    }

    /// <summary>How logs name the attempt: session and seat.</summary>
    public static string LogId(this AttemptState s) => s.Setup is { } setup ? $"{setup.SessionId}#{setup.Seat}" : "unprepared";
}
