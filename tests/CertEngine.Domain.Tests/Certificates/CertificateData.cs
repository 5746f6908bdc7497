using CertEngine.Domain.Certificates;
using CertEngine.Domain.Tests.QuestionBanks;

namespace CertEngine.Domain.Tests.Certificates;

/// <summary>The shipped certificates/ data, loaded once for the certificate tests.</summary>
internal static class CertificateData
{
    private static readonly Lazy<ProvinceTable> LoadedProvinces = new(() =>
        ProvinceTable.Load(Path.Combine(Directory, "provinces.yaml")) is CertificateDataResult<ProvinceTable>.Accepted accepted
            ? accepted.Value
            : throw new InvalidOperationException("certificates/provinces.yaml does not load"));

    public static string Directory => Path.Combine(ShippedBanksTests.RepositoryRoot(), "certificates");

    public static ProvinceTable Provinces => LoadedProvinces.Value;

    /// <summary>家政服务员's valid levels: 五级–二级.</summary>
    public static IReadOnlyList<int> HouseholdLevels { get; } = [5, 4, 3, 2];

    /// <summary>The second worked example of RULES.md §9: a provincially registered 社会培训评价组织, station 000456 in province 23.</summary>
    public static IssuerRegistration ProvincialTrainer { get; } = new("某某职业技能培训学校", 'S', "0000", "23", "000456", ProvincialFiling: true);

    /// <summary>The first worked example with a concrete station: a 用人单位 registered with 人社部 as 0001, province 23.</summary>
    public static IssuerRegistration Employer { get; } = new("某某家政服务有限公司", 'Y', "0001", "23", "000789", ProvincialFiling: false);
}
