using CertEngine.Domain.QuestionBanks.Publishing;

namespace CertEngine.Cluster.Tests.Infrastructure;

/// <summary>
/// A copy of the repository's question-banks and tracks in a temporary folder whose 家政服务员 五级 theory minimum is
/// a few minutes instead of 90, so a sitting's deadline arrives while a test runs. The shipped data is never touched.
/// </summary>
public sealed class ShortSittingData : IDisposable
{
    private readonly string _root;

    private ShortSittingData(string root)
    {
        _root = root;
    }

    public string Banks => Path.Combine(_root, "question-banks");

    public string Tracks => Path.Combine(_root, "tracks");

    /// <summary>Copies the data and sets the 五级 theory minimum to <paramref name="theoryMinutes"/>.</summary>
    public static ShortSittingData Create(int theoryMinutes)
    {
        var data = new ShortSittingData(Directory.CreateTempSubdirectory("certengine-short-sitting-").FullName);
        Copy(Repository.Banks, data.Banks);
        Copy(Repository.Tracks, data.Tracks);

        // A published version is frozen and hash-checked: edit the draft's minimum and publish it as version 1 of the
        // copy, as an authority would publish a bank whose standard allows a short sitting.
        var bank = Path.Combine(data.Banks, "4-10-01-06");
        Replace(Path.Combine(bank, "occupation.yaml"), "5: { theory: { minutes: 90,", $"5: {{ theory: {{ minutes: {theoryMinutes},");
        Directory.Delete(Path.Combine(bank, "versions"), recursive: true);
        if (BankVersions.Publish(bank, DateOnly.FromDateTime(DateTime.UtcNow)) is not PublishOutcome.Published { Version: 1 })
        {
            throw new InvalidOperationException($"The copied bank with a {theoryMinutes}-minute theory part could not be published as version 1.");
        }

        return data;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static void Replace(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        if (!text.Contains(from, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{file} no longer contains '{from}': update {nameof(ShortSittingData)} to the new layout.");
        }

        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static void Copy(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
