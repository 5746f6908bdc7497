using CertEngine.Contracts;
using CertEngine.Domain;
using CertEngine.Grains.Replies;

namespace CertEngine.Grains.Tests;

public sealed class RefusalCodeTests
{
    // Every Domain enum of reasons (named <Area>Refusal) maps each of its values to the reply code <Area><Value>.
    public static TheoryData<Type> ReasonEnums() => [.. Enums()];

    [Theory]
    [MemberData(nameof(ReasonEnums))]
    public void EveryDomainReason_MapsToTheReplyCodeOfItsAreaAndName(Type reasons)
    {
        var area = reasons.Name[..^"Refusal".Length];
        var code = typeof(RefusalCodes).GetMethod(nameof(RefusalCodes.Code))!.MakeGenericMethod(reasons);

        foreach (var reason in Enum.GetValues(reasons))
        {
            Assert.Equal($"{area}{reason}", code.Invoke(null, [reason])!.ToString());
        }

        Assert.Equal(Enum.GetValues(reasons).Length, Enum.GetNames<RefusalCode>().Count(name => name.StartsWith(area, StringComparison.Ordinal)));
    }

    [Fact]
    public void TheDomain_HasTheReasonEnumsOfTheAreasOnCodes() =>
        Assert.Superset(new HashSet<string> { "AttemptRefusal", "SessionRefusal", "StaffingRefusal", "PracticalRefusal", "TrackRefusal", "CertificationRefusal", "CandidateRefusal", "CertificateRefusal" }, Enums().Select(type => type.Name).ToHashSet());

    private static IEnumerable<Type> Enums() =>
        typeof(Refused).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic && t.Name.EndsWith("Refusal", StringComparison.Ordinal));
}
