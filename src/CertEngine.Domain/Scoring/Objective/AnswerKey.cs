using CertEngine.Domain.Papers;
using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Scoring;

/// <summary>
/// The answer keys of one paper's items, resolved once from a bank version for fast repeated grading. Never leaves
/// the server.
/// </summary>
public sealed class AnswerKey
{
    private readonly Entry[] _entries;

    private AnswerKey(Paper paper, Entry[] entries)
    {
        Paper = paper;
        _entries = entries;
    }

    /// <summary>The paper these keys belong to.</summary>
    public Paper Paper { get; }

    /// <summary>The keys of a paper's items in the bank version the paper was drawn from.</summary>
    /// <exception cref="ArgumentException">An item is missing from the bank, or its version is not the one the paper pinned.</exception>
    public static AnswerKey For(Paper paper, Bank bank) => Build(paper, bank, exactVersion: true);

    /// <summary>
    /// The keys of a paper's items in a later (corrected) bank version, for 勘误 regrading: an item may carry a
    /// higher version than the paper pinned; an item the corrected version no longer holds keeps no key and scores 0.
    /// </summary>
    /// <exception cref="ArgumentException">An item carries a lower version than the paper pinned.</exception>
    public static AnswerKey ForRevision(Paper paper, Bank corrected) => Build(paper, corrected, exactVersion: false);

    internal Entry this[int index] => _entries[index];

    private static AnswerKey Build(Paper paper, Bank bank, bool exactVersion)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(bank);
        var entries = new Entry[paper.Questions.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            var question = paper.Questions[i];
            var item = bank.FindItem(question.ItemId);
            if (item is null && exactVersion)
            {
                throw new ArgumentException($"item {question.ItemId} is not in the bank", nameof(bank));
            }

            if (item is not null && (exactVersion ? item.Version != question.ItemVersion : item.Version < question.ItemVersion))
            {
                throw new ArgumentException($"item {question.ItemId} is version {item.Version} in the bank, the paper pinned {question.ItemVersion}", nameof(bank));
            }

            entries[i] = item is null ? new Entry(question.ItemId, question.Type, question.Points, [], null, null) : Entry.Of(item, question.Points);
        }

        return new AnswerKey(paper, entries);
    }

    /// <summary>One question's key: stored labels, and for 判断 the labels meaning true and false.</summary>
    internal sealed record Entry(string ItemId, ItemType Type, decimal Points, string[] Key, string? TrueLabel, string? FalseLabel)
    {
        public static Entry Of(Item item, decimal points)
        {
            var judge = item.Type == ItemType.Judge && item.Options.Count == 2;
            return new Entry(item.Id, item.Type, points, item.Key.Distinct(StringComparer.Ordinal).ToArray(),
                judge ? item.Options[0].Label : null, judge ? item.Options[1].Label : null);
        }

        /// <summary>A chosen label as a stored label: 判断 answers true/false become the 正确/错误 option's label.</summary>
        public string Stored(string chosen) => chosen switch
        {
            DisplayLabels.True when TrueLabel is not null => TrueLabel,
            DisplayLabels.False when FalseLabel is not null => FalseLabel,
            _ => chosen,
        };
    }
}
