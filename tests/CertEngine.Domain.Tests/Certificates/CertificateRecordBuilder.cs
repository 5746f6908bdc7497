using CertEngine.Domain.Candidates;
using CertEngine.Domain.Certificates;

namespace CertEngine.Domain.Tests.Certificates;

/// <summary>A complete 四级 家务服务员 certificate record, numbered as the second worked example of RULES.md §9.</summary>
internal sealed class CertificateRecordBuilder
{
    public static readonly IdentityNumber Id = IdentityNumber.TryParse("11010519491231002X", new DateOnly(2026, 1, 1)).Number!.Value;

    public static CertificateRecord Build() => new(
        "S000023000456254000017",
        CertificateKind.SkillLevel,
        "张三明",
        CertificateRecord.ResidentIdCard,
        Id,
        "家政服务员",
        "4-10-01-06",
        "家务服务员",
        4,
        "四级/中级工",
        new DateOnly(2025, 6, 30),
        "某某职业技能培训学校",
        "4-10-01-06/4/v1",
        ["theory-1", "practical-1"]);
}
