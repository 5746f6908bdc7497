namespace CertEngine.Grains.Tracks;

/// <summary>Log entries of track rules published from the web (3200–3299). Never the rules' text.</summary>
internal static partial class TrackRulesLog
{
    [LoggerMessage(EventId = 3201, Level = LogLevel.Information, Message = "Track rules {Code} version {Version} published by {Actor}, sha256 {Sha256}")]
    public static partial void RulesPublished(this ILogger logger, string code, int version, string actor, string sha256);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Information, Message = "Track rules {Code} publication refused with {Problems} problems")]
    public static partial void RulesRefused(this ILogger logger, string code, int problems);
}
