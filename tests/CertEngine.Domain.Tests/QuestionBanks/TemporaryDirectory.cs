namespace CertEngine.Domain.Tests.QuestionBanks;

/// <summary>A directory under the system temp folder, deleted when the test ends.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("certengine-test-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
