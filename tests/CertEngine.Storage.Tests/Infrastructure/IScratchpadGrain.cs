namespace CertEngine.Storage.Tests.Infrastructure;

/// <summary>A tiny grain whose one string of state goes through the "exams" grain storage.</summary>
public interface IScratchpadGrain : IGrainWithGuidKey
{
    Task SaveAsync(string text);

    Task<string?> ReadAsync();

    Task ClearAsync();
}
