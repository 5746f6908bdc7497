using Orleans.Concurrency;

namespace CertEngine.Contracts.Certificates;

/// <summary>
/// Counts public certificate verifications on the silo it runs on and hands the counts to the day's
/// <see cref="IVerificationTallyGrain"/> every few seconds, so a busy verify endpoint never writes a grain per lookup.
/// A stateless worker: one activation per silo, always called with key 0. Counts not yet handed on are lost if the
/// silo dies, which a statistic can bear.
/// </summary>
public interface IVerificationCounterGrain : IGrainWithIntegerKey
{
    /// <summary>Counts one lookup by its outcome (<c>valid</c>, <c>suspended</c>, <c>revoked</c>, <c>not_found</c>, <c>forged</c>).</summary>
    [OneWay]
    Task RecordAsync(string outcome);

    /// <summary>Hands the counts gathered so far to the tally grains now.</summary>
    Task FlushAsync();
}
