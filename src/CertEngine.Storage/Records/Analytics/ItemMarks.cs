namespace CertEngine.Storage.Records.Analytics;

/// <summary>The kinds of <see cref="ItemMark"/> (stored as these words) and their bounds.</summary>
public static class ItemMarks
{
    /// <summary>The item needs revising (修订): it stays in the bank until its author changes it.</summary>
    public const string Revision = "revision";

    /// <summary>The item is retired (停用): the next version drafted from the web leaves it out.</summary>
    public const string Retirement = "retirement";

    /// <summary>An earlier mark is withdrawn.</summary>
    public const string Cleared = "cleared";

    /// <summary>The longest reason kept, in characters.</summary>
    public const int MaxReason = 500;

    /// <summary>Whether <paramref name="mark"/> is one of the kinds.</summary>
    public static bool IsKnown(string? mark) => mark is Revision or Retirement or Cleared;
}
