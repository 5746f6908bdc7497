using System.Reflection;
using CertEngine.Grains.Attempts;
using CertEngine.Grains.Audit;
using CertEngine.Grains.Candidates;
using CertEngine.Grains.Practical;
using CertEngine.Grains.Sessions;

namespace CertEngine.Grains.Tests;

/// <summary>
/// The grains a sitting leaves idle leave memory after <see cref="IdleGrains.Minutes"/>; the two a sitting needs all the
/// time (the admission ticket on every request, the attempt on every poll and save) keep Orleans' default.
/// </summary>
public sealed class IdleGrainsTests
{
    [Theory]
    [InlineData(typeof(CandidateGrain))]
    [InlineData(typeof(CandidateEvidenceGrain))]
    [InlineData(typeof(AuditTrailGrain))]
    [InlineData(typeof(PracticalAttemptGrain))]
    public void GrainsIdleDuringASitting_AreCollectedAfterFiveMinutes(Type grain)
    {
        var limit = grain.GetCustomAttribute<CollectionAgeLimitAttribute>();

        Assert.NotNull(limit);
        Assert.Equal(TimeSpan.FromMinutes(5), limit.AgeLimit);
    }

    [Theory]
    [InlineData(typeof(AttemptGrain))]
    [InlineData(typeof(AdmissionTicketGrain))]
    public void GrainsASittingCallsAllTheTime_KeepTheDefault(Type grain) =>
        Assert.Null(grain.GetCustomAttribute<CollectionAgeLimitAttribute>());
}
