using CertEngine.Contracts.Candidates;

namespace CertEngine.Grains.Tests;

/// <summary>
/// A call filter on the silo that can make the next delivery of a result to a candidate's grain fail as an overloaded
/// silo's does (the caller's 30 s wait runs out and the message is dropped): the candidate's grain never runs it; or hold
/// it until the test lets it go.
/// </summary>
public sealed class FailingResultDelivery : IIncomingGrainCallFilter
{
    private int _failures;

    /// <summary>The next <see cref="ICandidateGrain.RecordResultAsync"/> times out without reaching the candidate.</summary>
    public void FailNext() => Interlocked.Exchange(ref _failures, 1);

    private Hold? _hold;

    /// <summary>
    /// The next <see cref="ICandidateGrain.RecordResultAsync"/> waits until <see cref="Hold.Release"/>, as a hand-in waits
    /// on a busy silo: the attempt's own turn stays open meanwhile. <see cref="Hold.Reached"/> completes when it arrives.
    /// </summary>
    public Hold HoldNext() => _hold = new Hold();

    /// <summary>A held delivery.</summary>
    public sealed class Hold
    {
        /// <summary>Completes when the delivery has arrived and waits.</summary>
        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Lets the delivery go on.</summary>
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <inheritdoc />
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.InterfaceMethod?.Name == nameof(ICandidateGrain.RecordResultAsync))
        {
            if (Interlocked.Exchange(ref _failures, 0) == 1)
            {
                throw new TimeoutException("Response did not arrive on time (a test's overloaded silo)");
            }

            if (Interlocked.Exchange(ref _hold, null) is { } hold)
            {
                hold.Reached.TrySetResult();
                await hold.Release.Task;
            }
        }

        await context.Invoke();
    }
}
