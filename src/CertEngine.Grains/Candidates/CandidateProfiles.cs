using CertEngine.Contracts.Candidates;
using CertEngine.Domain.Candidates;

namespace CertEngine.Grains.Candidates;

/// <summary>A candidate's profile as the grain stores and audits it: tidied, compared, and its changes described.</summary>
internal static class CandidateProfiles
{
    /// <summary>Whether two profiles hold the same values.</summary>
    public static bool Same(CandidateProfile a, CandidateProfile b) =>
        a.Name == b.Name && a.IdNumber == b.IdNumber && a.County == b.County && a.Tags.SequenceEqual(b.Tags) && (a.Phone ?? "") == (b.Phone ?? "");

    /// <summary>The profile as it would be stored: trimmed, and without a phone number given, the one held.</summary>
    public static CandidateProfile Tidied(CandidateProfile profile, CandidateProfile? before)
    {
        var (name, county, tags, phone) = CandidateProfileRules.Tidy(profile.Name, profile.County, profile.Tags, profile.Phone);
        return new CandidateProfile(name, before?.IdNumber ?? profile.IdNumber, county, tags, phone ?? before?.Phone);
    }

    /// <summary>What an audit record says changed: each field's value before and after (never the ID number, which cannot change).</summary>
    public static string Changes(CandidateProfile before, CandidateProfile after)
    {
        var changes = new List<string>();
        void Compare(string field, string? was, string? now)
        {
            if ((was ?? "") != (now ?? ""))
            {
                changes.Add($"{field}: {was} -> {now}");
            }
        }

        Compare("name", before.Name, after.Name);
        Compare("county", before.County, after.County);
        Compare("tags", string.Join("、", before.Tags), string.Join("、", after.Tags));
        Compare("phone", before.Phone, after.Phone);
        return string.Join("; ", changes);
    }
}
