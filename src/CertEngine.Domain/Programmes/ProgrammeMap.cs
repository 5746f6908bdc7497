using CertEngine.Domain.Tracks;

namespace CertEngine.Domain.Programmes;

/// <summary>
/// Occupations → programmes (programme/programmes.yaml). A track is placed by its occupation code and 工种 first, then by
/// its occupation code alone; a 专项 track only by a specialty entry of its code. Entries are unique by that key.
/// </summary>
public sealed class ProgrammeMap
{
    private readonly Dictionary<(string Code, string WorkType, bool Specialty), ProgrammePlace> _places = [];

    /// <param name="programmes">The programmes in report order.</param>
    /// <exception cref="ArgumentException">Two entries share a code, 工种 and kind, or two programmes share an id.</exception>
    public ProgrammeMap(IReadOnlyList<ProgrammeDefinition> programmes)
    {
        ArgumentNullException.ThrowIfNull(programmes);
        if (programmes.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count() != programmes.Count)
        {
            throw new ArgumentException("programme ids must be unique", nameof(programmes));
        }

        foreach (var programme in programmes)
        {
            foreach (var occupation in programme.Occupations)
            {
                if (!_places.TryAdd((occupation.Code, occupation.WorkType ?? "", occupation.Specialty), new ProgrammePlace(programme, occupation)))
                {
                    throw new ArgumentException($"occupation {occupation.Code} {occupation.WorkType} is listed twice", nameof(programmes));
                }
            }
        }

        Programmes = programmes;
    }

    /// <summary>The programmes, in report order.</summary>
    public IReadOnlyList<ProgrammeDefinition> Programmes { get; }

    /// <summary>The programme with that id, or null.</summary>
    public ProgrammeDefinition? Find(string id) => Programmes.FirstOrDefault(p => p.Id == id);

    /// <summary>Where <paramref name="track"/> counts, or null when no programme counts it.</summary>
    public ProgrammePlace? Place(TrackKey track)
    {
        if (track.IsSpecialty)
        {
            return _places.GetValueOrDefault((track.OccupationCode, "", true));
        }

        return (track.WorkType is { } workType ? _places.GetValueOrDefault((track.OccupationCode, workType, false)) : null)
            ?? _places.GetValueOrDefault((track.OccupationCode, "", false));
    }

    /// <summary>Where a track written as text counts; null when it is malformed or not counted.</summary>
    public ProgrammePlace? Place(string trackKey) => TrackKey.TryParse(trackKey, out var key) ? Place(key) : null;
}
