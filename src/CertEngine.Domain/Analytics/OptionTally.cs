namespace CertEngine.Domain.Analytics;

/// <summary>How many attempts chose one option of an item, in all and in the upper and lower groups.</summary>
public sealed class OptionTally
{
    /// <summary>Attempts that chose the option.</summary>
    public long Count { get; private set; }

    /// <summary>Upper-group attempts that chose it.</summary>
    public long Upper { get; private set; }

    /// <summary>Lower-group attempts that chose it.</summary>
    public long Lower { get; private set; }

    /// <summary>Adds attempts that chose it.</summary>
    public void Add(long count, long upper, long lower)
    {
        Count += count;
        Upper += upper;
        Lower += lower;
    }
}
