namespace CertEngine.Contracts.Certificates;

/// <summary>
/// The durable count of public certificate verifications on one day, by outcome. Key: the Beijing date as
/// <c>yyyy-MM-dd</c>. Written only by the per-silo <see cref="IVerificationCounterGrain"/>s, a few times a minute.
/// </summary>
public interface IVerificationTallyGrain : IGrainWithStringKey
{
    /// <summary>Adds counts by outcome.</summary>
    Task AddAsync(IReadOnlyDictionary<string, long> counts);

    /// <summary>The day's counts so far.</summary>
    Task<VerificationTally> GetAsync();
}
