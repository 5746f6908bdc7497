namespace CertEngine.Server.Features.Exports;

/// <summary>How a request for a report ended.</summary>
public enum ExportOutcome
{
    /// <summary>Written and logged.</summary>
    Written,

    /// <summary>More lines than one report holds: narrow the range. Nothing written or logged.</summary>
    TooMany,

    /// <summary>The sitting has no results. Nothing written or logged.</summary>
    NoSuchBatch,
}
