using CertEngine.Domain.QuestionBanks.Publishing;

namespace CertEngine.Server.Tests;

/// <summary>
/// A temporary copy of the repository's question-banks in which chosen banks have a published version: for tests of a
/// bank whose source is shipped but which is not yet published (养老护理员 until its first version is released).
/// </summary>
internal static class PublishedBankCopy
{
    /// <summary>Copies question-banks under <paramref name="directory"/>, publishes each code that has no version yet, and returns the copy's root.</summary>
    /// <exception cref="InvalidOperationException">When a bank refuses to publish (the message lists its problems).</exception>
    public static string Create(string directory, params string[] codes)
    {
        var source = Path.Combine(CertEngine.TestSupport.RepositoryPaths.Root, "question-banks");
        var target = Path.Combine(directory, "question-banks");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        foreach (var code in codes.Where(c => BankVersions.List(Path.Combine(target, c)).Count == 0))
        {
            if (BankVersions.Publish(Path.Combine(target, code), new DateOnly(2026, 11, 23)) is PublishOutcome.Refused refused)
            {
                throw new InvalidOperationException($"{code} does not publish:\n{string.Join('\n', refused.Problems)}");
            }
        }

        return target;
    }
}
