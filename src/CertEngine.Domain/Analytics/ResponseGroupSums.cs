namespace CertEngine.Domain.Analytics;

/// <summary>The sums over a group of responses to one item that chose the same labels (see <see cref="ItemTally"/> for X, w, u).</summary>
public sealed record ResponseGroupSums
{
    /// <summary>Responses in the group.</summary>
    public long Count { get; init; }

    /// <summary>Σu.</summary>
    public long Correct { get; init; }

    /// <summary>Σw.</summary>
    public double SumAwarded { get; init; }

    /// <summary>Σw².</summary>
    public double SumAwardedSquared { get; init; }

    /// <summary>ΣX.</summary>
    public double SumScore { get; init; }

    /// <summary>ΣX².</summary>
    public double SumScoreSquared { get; init; }

    /// <summary>ΣuX.</summary>
    public double SumCorrectScore { get; init; }

    /// <summary>Σuw.</summary>
    public double SumCorrectAwarded { get; init; }

    /// <summary>ΣXw.</summary>
    public double SumScoreAwarded { get; init; }

    /// <summary>Responses in the upper group.</summary>
    public long UpperCount { get; init; }

    /// <summary>Correct responses in the upper group.</summary>
    public long UpperCorrect { get; init; }

    /// <summary>Responses in the lower group.</summary>
    public long LowerCount { get; init; }

    /// <summary>Correct responses in the lower group.</summary>
    public long LowerCorrect { get; init; }
}
