using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Tracks;

namespace CertEngine.Domain.Results;

/// <summary>
/// One cycle of sittings (一轮认定): it opens with a sitting and holds every later sitting up to the window's end, until
/// every component has passed or a component has failed more often than the retakes allow. The next sitting after that
/// opens a new cycle.
/// </summary>
internal sealed class CertificationCycle
{
    private readonly Track _track;
    private readonly Dictionary<ComponentKind, List<ComponentResult>> _sittings = [];

    private CertificationCycle(Track track, DateOnly start)
    {
        _track = track;
        Start = start;
        WindowEnds = track.Retake.WindowEnd(start);
        foreach (var component in track.Components)
        {
            _sittings[component.Kind] = [];
        }
    }

    public DateOnly Start { get; }

    /// <summary>The last day (inclusive) a sitting belongs to this cycle.</summary>
    public DateOnly WindowEnds { get; }

    public bool IsComplete => _track.Components.All(c => PassedIn(c.Kind) is not null);

    public bool IsExhausted => _track.Components.Any(c => PassedIn(c.Kind) is null && _sittings[c.Kind].Count > _track.Retake.RetakesPerComponent);

    /// <summary>The cycle the candidate is in as of <paramref name="today"/>: null before any sitting. Later sittings are ignored.</summary>
    /// <exception cref="ArgumentException">When a result is for a component the track does not have.</exception>
    public static CertificationCycle? Current(Track track, IReadOnlyList<ComponentResult> results, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(track);
        ArgumentNullException.ThrowIfNull(results);
        if (results.FirstOrDefault(r => !track.Requires(r.Kind)) is { } stray)
        {
            throw new ArgumentException($"track {track.Key} has no {stray.Kind} component (session {stray.SessionId})", nameof(results));
        }

        CertificationCycle? current = null;
        foreach (var result in results.Where(r => r.SatOn <= today).OrderBy(r => r.SatOn))
        {
            if (current is null || result.SatOn > current.WindowEnds || current.IsComplete || current.IsExhausted)
            {
                current = new CertificationCycle(track, result.SatOn);
            }

            current._sittings[result.Kind].Add(result);
        }

        return current;
    }

    /// <summary>The first passing result of a component in this cycle, or null.</summary>
    public ComponentResult? PassedIn(ComponentKind kind) => _sittings[kind].FirstOrDefault(r => r.Passed);

    /// <summary>Sittings of a component in this cycle.</summary>
    public int Sittings(ComponentKind kind) => _sittings[kind].Count;

    /// <summary>The passing results counted, one per component passed, in track order.</summary>
    public IReadOnlyList<ComponentResult> Passed() =>
        _track.Components.Select(c => PassedIn(c.Kind)).OfType<ComponentResult>().ToList();

    public ComponentProgress Progress(ComponentKind kind) =>
        new(kind, Sittings(kind), Math.Max(0, _track.Retake.RetakesPerComponent - Math.Max(0, Sittings(kind) - 1)), WindowEnds);
}
