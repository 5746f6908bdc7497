using CertEngine.Domain.Tracks;

namespace CertEngine.Domain.Tests.Tracks;

/// <summary>Reads a refused track outcome as its reason and its args joined by '|', for one-line assertions.</summary>
internal static class TrackOutcomeAssert
{
    public static (CatalogueRefusal Reason, string Args) Why(TrackOutcome outcome)
    {
        var refused = Assert.IsType<TrackOutcome.Refused>(outcome);
        return (refused.Why.Reason, string.Join('|', refused.Why.Args));
    }

    public static string? At(TrackOutcome outcome) => Assert.IsType<TrackOutcome.Refused>(outcome).At?.ToString();
}
