using CertEngine.Contracts.Candidates;

namespace CertEngine.Grains.Tests;

/// <summary>
/// A call filter on the silo that can make the next delivery of a result to a candidate's grain fail as an overloaded
/// silo's does (the caller's 30 s wait runs out and the message is dropped): the candidate's grain never runs it.
/// </summary>
public sealed class FailingResultDelivery : IIncomingGrainCallFilter
{
    private int _failures;

    /// <summary>The next <see cref="ICandidateGrain.RecordResultAsync"/> times out without reaching the candidate.</summary>
    public void FailNext() => Interlocked.Exchange(ref _failures, 1);

    /// <inheritdoc />
    public Task Invoke(IIncomingGrainCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.InterfaceMethod?.Name == nameof(ICandidateGrain.RecordResultAsync) && Interlocked.Exchange(ref _failures, 0) == 1
            ? throw new TimeoutException("Response did not arrive on time (a test's overloaded silo)")
            : context.Invoke();
    }
}
