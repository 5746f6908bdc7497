using CertEngine.Domain.Papers;
using FsCheck.Xunit;

namespace CertEngine.Domain.Tests.Papers;

/// <summary>
/// The exposure target holds for any seed of the shipped banks without the seed screen: enemies are exchanged between
/// the two seats of a pair, which keeps every item's count, so only the layout's own spread remains.
/// </summary>
public sealed class ExposureTargetTests
{
    [Property(MaxTest = 6)]
    public bool Measure_AnySeedOfAShippedVersion_MeetsTheTargetWithNoNeighbourOverlap(ulong seed, bool level5, bool version2)
    {
        var shipped = version2 ? ShippedBankFixture.Version2 : ShippedBankFixture.Instance;

        var measured = ExposureReport.Measure(shipped.Plan(level5 ? 5 : 4), seed, 1000);

        return measured.WorstMaxOverMean <= 1.1m && measured.MaxNeighbourOverlap == 0;
    }
}
