namespace CertEngine.Storage;

/// <summary>Names of the grain storage providers this project registers.</summary>
public static class GrainStorageNames
{
    /// <summary>
    /// The exam state store. Must equal <c>CertEngine.Grains.StorageNames.Exams</c>; Storage does not reference
    /// Grains, so the value is repeated here.
    /// </summary>
    public const string Exams = "exams";
}
