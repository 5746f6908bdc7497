namespace CertEngine.Domain.Analytics;

/// <summary>
/// The sums over the responses to one item (id and version) that item analysis needs, gathered one response (or one
/// group of responses summed by the database) at a time, so no list of responses is ever held.
/// </summary>
/// <remarks>
/// X is the attempt's total score, w the points the item was awarded, u = 1 when it earned its full points (else 0).
/// The rest score of the corrected point-biserial is X − w.
/// </remarks>
public sealed class ItemTally(string itemId, int itemVersion)
{
    private readonly Dictionary<string, OptionTally> _options = new(StringComparer.Ordinal);

    /// <summary>The item id.</summary>
    public string ItemId { get; } = itemId;

    /// <summary>The item's version.</summary>
    public int ItemVersion { get; } = itemVersion;

    /// <summary>Responses: papers that drew the item and were submitted (n).</summary>
    public long Count { get; private set; }

    /// <summary>Responses that earned full points (Σu).</summary>
    public long Correct { get; private set; }

    /// <summary>Responses with no option chosen.</summary>
    public long Omitted { get; private set; }

    /// <summary>Σw.</summary>
    public double SumAwarded { get; private set; }

    /// <summary>Σw².</summary>
    public double SumAwardedSquared { get; private set; }

    /// <summary>ΣX.</summary>
    public double SumScore { get; private set; }

    /// <summary>ΣX².</summary>
    public double SumScoreSquared { get; private set; }

    /// <summary>ΣuX.</summary>
    public double SumCorrectScore { get; private set; }

    /// <summary>Σuw.</summary>
    public double SumCorrectAwarded { get; private set; }

    /// <summary>ΣXw.</summary>
    public double SumScoreAwarded { get; private set; }

    /// <summary>Responses in the upper group.</summary>
    public long UpperCount { get; private set; }

    /// <summary>Correct responses in the upper group.</summary>
    public long UpperCorrect { get; private set; }

    /// <summary>Responses in the lower group.</summary>
    public long LowerCount { get; private set; }

    /// <summary>Correct responses in the lower group.</summary>
    public long LowerCorrect { get; private set; }

    /// <summary>
    /// Answers to the item with a recorded time (the exam page records the first save of each answer): the time on the
    /// item is its first save less the first save of the answer given before it in the same attempt, or the attempt's
    /// start for the first answer. Omitted items and attempts submitted before timings were recorded have none.
    /// </summary>
    public long Timed { get; private set; }

    /// <summary>The sum of the recorded times on the item, in seconds.</summary>
    public double SumSeconds { get; private set; }

    /// <summary>Choices per option label.</summary>
    public IReadOnlyDictionary<string, OptionTally> Options => _options;

    /// <summary>Adds one response.</summary>
    /// <param name="score">The attempt's total score X.</param>
    /// <param name="awarded">The points the item was awarded (w).</param>
    /// <param name="correct">Whether it earned its full points.</param>
    /// <param name="chosen">The labels chosen (none when omitted).</param>
    /// <param name="cuts">The upper and lower groups.</param>
    public void Add(double score, double awarded, bool correct, IReadOnlyCollection<string> chosen, ScoreCuts cuts)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        var u = correct ? 1 : 0;
        var upper = cuts.InUpper(score) ? 1 : 0;
        var lower = cuts.InLower(score) ? 1 : 0;
        Count++;
        Correct += u;
        Omitted += chosen.Count == 0 ? 1 : 0;
        SumAwarded += awarded;
        SumAwardedSquared += awarded * awarded;
        SumScore += score;
        SumScoreSquared += score * score;
        SumCorrectScore += u * score;
        SumCorrectAwarded += u * awarded;
        SumScoreAwarded += score * awarded;
        UpperCount += upper;
        UpperCorrect += upper * u;
        LowerCount += lower;
        LowerCorrect += lower * u;
        foreach (var label in chosen)
        {
            Option(label).Add(1, upper, lower);
        }
    }

    /// <summary>
    /// Adds a group of responses that chose the same labels, summed by the database (a row of a GROUP BY): the same sums
    /// <see cref="Add(double, double, bool, IReadOnlyCollection{string}, ScoreCuts)"/> makes one response at a time.
    /// </summary>
    public void AddGroup(ResponseGroupSums group, IReadOnlyCollection<string> chosen)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(chosen);
        Count += group.Count;
        Correct += group.Correct;
        Omitted += chosen.Count == 0 ? group.Count : 0;
        SumAwarded += group.SumAwarded;
        SumAwardedSquared += group.SumAwardedSquared;
        SumScore += group.SumScore;
        SumScoreSquared += group.SumScoreSquared;
        SumCorrectScore += group.SumCorrectScore;
        SumCorrectAwarded += group.SumCorrectAwarded;
        SumScoreAwarded += group.SumScoreAwarded;
        UpperCount += group.UpperCount;
        UpperCorrect += group.UpperCorrect;
        LowerCount += group.LowerCount;
        LowerCorrect += group.LowerCorrect;
        foreach (var label in chosen)
        {
            Option(label).Add(group.Count, group.UpperCount, group.LowerCount);
        }
    }

    /// <summary>Adds <paramref name="timed"/> recorded times on the item summing to <paramref name="seconds"/>.</summary>
    public void AddTimes(long timed, double seconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(timed);
        ArgumentOutOfRangeException.ThrowIfNegative(seconds);
        Timed += timed;
        SumSeconds += seconds;
    }

    /// <summary>Adds another tally of the same item (another track's responses).</summary>
    public void Add(ItemTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Count += other.Count;
        Correct += other.Correct;
        Omitted += other.Omitted;
        SumAwarded += other.SumAwarded;
        SumAwardedSquared += other.SumAwardedSquared;
        SumScore += other.SumScore;
        SumScoreSquared += other.SumScoreSquared;
        SumCorrectScore += other.SumCorrectScore;
        SumCorrectAwarded += other.SumCorrectAwarded;
        SumScoreAwarded += other.SumScoreAwarded;
        UpperCount += other.UpperCount;
        UpperCorrect += other.UpperCorrect;
        LowerCount += other.LowerCount;
        LowerCorrect += other.LowerCorrect;
        Timed += other.Timed;
        SumSeconds += other.SumSeconds;
        foreach (var (label, option) in other._options)
        {
            Option(label).Add(option.Count, option.Upper, option.Lower);
        }
    }

    /// <summary>The population variance of the item's points, Σw²/n − (Σw/n)²; 0 with no responses.</summary>
    public double AwardedVariance => Count == 0 ? 0 : Math.Max(0, SumAwardedSquared / Count - Math.Pow(SumAwarded / Count, 2));

    private OptionTally Option(string label)
    {
        if (!_options.TryGetValue(label, out var option))
        {
            _options[label] = option = new OptionTally();
        }

        return option;
    }
}
