using CertEngine.Contracts;
using CertEngine.Contracts.Attempts;
using CertEngine.Domain;
using CertEngine.Domain.Attempts;
using CertEngine.Domain.Papers;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Scoring;
using CertEngine.Domain.Sessions;

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

    /// <summary>The 多选 policy the attempt was prepared with.</summary>
    public static MultipleChoicePolicy Policy(this AttemptState s) =>
        Enum.TryParse<MultipleChoicePolicy>(s.MultipleChoice, out var policy) ? policy : MultipleChoicePolicy.AllOrNothing;

    /// <summary>The paper as the Domain grades it.</summary>
    public static Paper Paper(this AttemptState s)
    {
        var setup = s.Setup!;
        return new Paper(s.BankId, setup.BankVersion, s.Level, s.WorkType, setup.SessionSeed, setup.Seat, s.Questions.Select(Question).ToList());
    }

    /// <summary>One stored question as the Domain's.</summary>
    public static PaperQuestion Question(QuestionState q) =>
        new(q.ItemId, q.ItemVersion, ItemTypes.Parse(q.Type)!.Value, q.Points, q.Cell, q.OptionOrder);

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
        return new ShownQuestion(index, question.Type, item?.Stem ?? "", options, question.Points, saved);
    }

    /// <summary>The Domain's refusal as the reply's: the codes of the attempt are <c>Attempt</c> + the Domain's name (a test holds them together).</summary>
    public static Refusal ToReply(this Refused<AttemptRefusal> refused) =>
        new(Code(refused.Reason), refused.Args);

    /// <summary>The reply code of a Domain reason.</summary>
    public static RefusalCode Code(AttemptRefusal reason) => (RefusalCode)((int)RefusalCode.AttemptPaperAlreadyAssembled + (int)reason);
}
