namespace CertEngine.Contracts.Certificates;

/// <summary>
/// The durable count of public certificate verifications on one day, by outcome. Key: the Beijing date as
/// <c>yyyy-MM-dd</c>. Written only by each server's in-memory count of lookups (CertEngine.Server's <c>VerificationCounts</c>), a few times a minute.
/// </summary>
public interface IVerificationTallyGrain : IGrainWithStringKey
{
    /// <summary>Adds counts by outcome.</summary>
    Task AddAsync(IReadOnlyDictionary<string, long> counts);

    /// <summary>The day's counts so far.</summary>
    Task<VerificationTally> GetAsync();
}
