using CertEngine.Contracts.Candidates;

namespace CertEngine.Grains.Tests;

/// <summary>A call filter on the silo that counts the reads of candidates' grains (<see cref="ICandidateGrain.GetAsync"/>).</summary>
public sealed class CandidateReads : IIncomingGrainCallFilter
{
    private int _count;

    /// <summary>The reads since the last <see cref="Reset"/>.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Starts counting from zero.</summary>
    public void Reset() => Interlocked.Exchange(ref _count, 0);

    /// <inheritdoc />
    public Task Invoke(IIncomingGrainCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.InterfaceMethod?.DeclaringType == typeof(ICandidateGrain) && context.InterfaceMethod.Name == nameof(ICandidateGrain.GetAsync))
        {
            Interlocked.Increment(ref _count);
        }

        return context.Invoke();
    }
}
