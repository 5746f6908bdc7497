namespace CertEngine.Grains;

/// <summary>The names of the grain storage providers the grains use; the silo registers one provider per name.</summary>
public static class StorageNames
{
    /// <summary>Everything of the exam engine: candidates, tracks, sittings, attempts, certificates, audit trails.</summary>
    public const string Exams = "exams";
}
