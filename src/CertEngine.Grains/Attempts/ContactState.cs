using CertEngine.Domain.Integrity;

namespace CertEngine.Grains.Attempts;

/// <summary>
/// The exam page's contact with a running attempt, bounded: when it was last heard from, and the silences of at least
/// <see cref="SignalBounds.RecordedGap"/> between two contacts (disconnections) as a count and the longest one.
/// </summary>
[GenerateSerializer, Alias("certengine.ContactState")]
public sealed class ContactState
{
    /// <summary>The last answer save (what survives a deactivation; heartbeats are kept in memory only).</summary>
    [Id(0)] public DateTimeOffset? LastSavedAt { get; set; }

    /// <summary>Silences of at least <see cref="SignalBounds.RecordedGap"/> while the attempt ran.</summary>
    [Id(1)] public int Disconnections { get; set; }

    /// <summary>The longest of them.</summary>
    [Id(2)] public TimeSpan Longest { get; set; }

    /// <summary>When the longest began.</summary>
    [Id(3)] public DateTimeOffset? LongestFrom { get; set; }

    /// <summary>
    /// Records a contact at <paramref name="now"/> after the last one at <paramref name="lastSeen"/>; true when the silence
    /// between them was long enough to count as a disconnection (the state changed and should be saved).
    /// </summary>
    public bool Heard(DateTimeOffset? lastSeen, DateTimeOffset now)
    {
        if (lastSeen is not { } since || now - since < SignalBounds.RecordedGap)
        {
            return false;
        }

        Disconnections++;
        if (now - since > Longest)
        {
            (Longest, LongestFrom) = (now - since, since);
        }

        return true;
    }
}
