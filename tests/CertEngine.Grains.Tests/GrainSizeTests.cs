using CertEngine.TestSupport;

namespace CertEngine.Grains.Tests;

/// <summary>
/// Grains stay thin (../shared/STYLE.md and the redesign): a grain loads, asks the Domain, saves and replies, and what it
/// does beside that lives in a named collaborator. A grain's file over the limit fails here, not in a review.
/// </summary>
public sealed class GrainSizeTests
{
    /// <summary>The most lines a grain's file may have.</summary>
    private const int MaxLines = 250;

    [Fact]
    public void EveryGrain_StaysWithinTheLineLimit()
    {
        var grains = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src", "CertEngine.Grains"), "*Grain.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        var over = grains.Select(path => (Path.GetFileName(path), Lines: File.ReadLines(path).Count())).Where(g => g.Lines > MaxLines).ToList();

        Assert.True(grains.Count >= 10, $"found only {grains.Count} grain files");
        Assert.True(over.Count == 0, "over " + MaxLines + " lines: " + string.Join(", ", over.Select(g => $"{g.Item1} ({g.Lines})")));
    }
}
