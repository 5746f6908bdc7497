using CertEngine.Domain.Certificates;
using CertEngine.Grains.Certificates;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Hosting.Options;

/// <summary>
/// Checks the issuer registration (RULES.md §9) and the province table it is checked against when the server starts
/// (<c>ValidateOnStart</c>), so a wrong <c>CertEngine:Issuer</c> stops the start with its reason instead of failing the
/// first certificate.
/// </summary>
internal sealed class CertificateAuthorityOptionsValidator : IValidateOptions<CertificateAuthorityOptions>
{
    public ValidateOptionsResult Validate(string? name, CertificateAuthorityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!File.Exists(options.ProvinceTable))
        {
            return ValidateOptionsResult.Fail($"省级行政区划代码表不存在 (the province table {options.ProvinceTable} does not exist)");
        }

        return ProvinceTable.Load(options.ProvinceTable) switch
        {
            CertificateDataResult<ProvinceTable>.Accepted provinces => Check(options, provinces.Value),
            CertificateDataResult<ProvinceTable>.Rejected rejected => ValidateOptionsResult.Fail(rejected.Problems.Select(problem => $"province table: {problem}")),
            var other => throw new InvalidOperationException($"Unexpected province table result {other}."),
        };
    }

    private static ValidateOptionsResult Check(CertificateAuthorityOptions options, ProvinceTable provinces) =>
        IssuerRegistration.Create(options.Name, options.Category.FirstOrDefault(), options.BodyCode, options.Province, options.Station,
                options.BodyCode == IssuerRegistration.ProvincialBodyCode, provinces) is CertificateDataResult<IssuerRegistration>.Rejected rejected
            ? ValidateOptionsResult.Fail(rejected.Problems.Select(problem => $"{CertificateAuthorityOptions.Section}: {problem}"))
            : ValidateOptionsResult.Success;
}
