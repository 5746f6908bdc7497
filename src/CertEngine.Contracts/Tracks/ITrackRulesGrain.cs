namespace CertEngine.Contracts.Tracks;

/// <summary>
/// One code's track rules published from the web (认定规则). Key: the occupation or 专项 code, e.g. <c>4-10-01-06</c>. Holds
/// every published version whole (a tracks file is a few KB). Publishing is serialised here, so a number is never given
/// twice; a version never changes once published. The shipped <c>tracks/&lt;code&gt;.yaml</c> is version 0 and not held here.
/// </summary>
public interface ITrackRulesGrain : IGrainWithStringKey
{
    /// <summary>The published versions, oldest first; empty when none was published from the web.</summary>
    Task<IReadOnlyList<TrackRulesVersionInfo>> ListAsync();

    /// <summary>One published version, or <see langword="null"/> when there is none with that number.</summary>
    Task<TrackRulesRecord?> GetVersionAsync(int version);

    /// <summary>
    /// Checks the text as the whole tracks data with this code's file replaced, builds every track of the code on the
    /// newest published bank version, and publishes it as the next version (1 after none); refused, keeping nothing, with
    /// every problem otherwise, without a note, or when the text equals the newest version's. Audited as
    /// <c>track.rules.published</c> on <c>track-rules/&lt;code&gt;/&lt;n&gt;</c>.
    /// </summary>
    Task<TrackRulesPublishReply> PublishAsync(TrackRulesPublication publication);
}
