using System.Data.Common;
using CertEngine.Contracts.Candidates;
using CertEngine.Storage.Records.Candidates;

namespace CertEngine.Grains.Candidates;

/// <summary>
/// Candidates' names for a roster, read from the record store's directory rather than from a grain per candidate: a
/// proctor's console reads its roster every few seconds through a sitting, and a grain call per seat would keep every
/// candidate's grain in memory for the whole sitting (issue 18: memory per active attempt). A candidate the directory
/// does not hold yet (their profile fact is on its way), or every candidate while the record store does not answer, is
/// asked of their grain, so a name is never missing for want of the directory.
/// </summary>
public static class CandidateNames
{
    /// <summary>ID number → name for each of <paramref name="idNumbers"/> (at most <see cref="ICandidateDirectory.MaxNameLookup"/>); an unknown candidate has none.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> OfAsync(
        ICandidateDirectory directory, IGrainFactory grains, IReadOnlyCollection<string> idNumbers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(idNumbers);
        var wanted = idNumbers.Distinct(StringComparer.Ordinal).Take(ICandidateDirectory.MaxNameLookup).ToList();
        Dictionary<string, string> names;
        try
        {
            names = new Dictionary<string, string>(await directory.NamesAsync(wanted, cancellationToken), StringComparer.Ordinal);
        }
        catch (Exception e) when (e is DbException or TimeoutException)
        {
            names = new Dictionary<string, string>(StringComparer.Ordinal);
        }

        var missing = wanted.Where(id => !names.ContainsKey(id)).ToList();
        foreach (var chunk in missing.Chunk(100))
        {
            foreach (var (id, snapshot) in await Task.WhenAll(chunk.Select(async id => (id, await grains.GetGrain<ICandidateGrain>(id).GetAsync()))))
            {
                if (snapshot is not null)
                {
                    names[id] = snapshot.Profile.Name;
                }
            }
        }

        return names;
    }
}
