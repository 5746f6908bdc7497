namespace CertEngine.Server.Features.Programme;

/// <summary>What the report is narrowed to; empty (or 0) means everything.</summary>
/// <param name="Programme">A programme id.</param>
/// <param name="County">A county.</param>
/// <param name="Centre">An exam centre.</param>
/// <param name="Month">A month, 1–12.</param>
public sealed record ProgrammeFilter(string Programme = "", string County = "", string Centre = "", int Month = 0)
{
    /// <summary>The longest text accepted in a filter.</summary>
    public const int MaxLength = 80;

    /// <summary>No filter.</summary>
    public static ProgrammeFilter None { get; } = new();
}
