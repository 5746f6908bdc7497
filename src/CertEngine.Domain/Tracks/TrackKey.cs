using System.Globalization;

namespace CertEngine.Domain.Tracks;

/// <summary>
/// Identifies a certification track (认定项目): occupation code + 工种 + level, written
/// <c>4-10-01-06/家务服务员/5</c>, <c>4-10-01-06/2</c> for a level without 工种, or <c>专项/&lt;code&gt;</c> for a
/// 专项职业能力 assessment, which has no level.
/// </summary>
/// <param name="OccupationCode">The 大典 code (or, for a 专项, the code of its 考核规范); never blank, never contains '/'.</param>
/// <param name="WorkType">The 工种, or null where the level has none (always null for a 专项).</param>
/// <param name="Level">The level digit (0–9, 1 = highest), or null for a 专项.</param>
public readonly record struct TrackKey(string OccupationCode, string? WorkType, int? Level)
{
    /// <summary>The first segment of a 专项 key.</summary>
    public const string SpecialtyPrefix = "专项";

    /// <summary>True for a 专项职业能力 track: it has no level.</summary>
    public bool IsSpecialty => Level is null;

    /// <summary>The key of a 专项职业能力 track.</summary>
    public static TrackKey Specialty(string code) => new(code, null, null);

    /// <summary>
    /// Parses the written form (surrounding spaces ignored). Segments are separated by '/', are never blank and carry
    /// no surrounding spaces; the level is a single digit 0–9. Returns false, with <c>default</c>, otherwise.
    /// </summary>
    public static bool TryParse(string? text, out TrackKey key)
    {
        key = default;
        var parts = (text ?? "").Trim().Split('/');
        if (parts.Any(p => p.Length == 0 || p.Trim().Length != p.Length))
        {
            return false;
        }

        switch (parts.Length)
        {
            case 2 when parts[0] == SpecialtyPrefix:
                key = Specialty(parts[1]);
                return true;
            case 2 when parts[0] != SpecialtyPrefix && Digit(parts[1]) is { } level:
                key = new TrackKey(parts[0], null, level);
                return true;
            case 3 when parts[0] != SpecialtyPrefix && Digit(parts[2]) is { } level:
                key = new TrackKey(parts[0], parts[1], level);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The written form that <see cref="TryParse"/> reads back.</summary>
    public override string ToString() => (WorkType, Level) switch
    {
        (_, null) => $"{SpecialtyPrefix}/{OccupationCode}",
        (null, { } level) => $"{OccupationCode}/{level.ToString(CultureInfo.InvariantCulture)}",
        ({ } workType, { } level) => $"{OccupationCode}/{workType}/{level.ToString(CultureInfo.InvariantCulture)}",
    };

    private static int? Digit(string text) => text.Length == 1 && char.IsAsciiDigit(text[0]) ? text[0] - '0' : null;
}
