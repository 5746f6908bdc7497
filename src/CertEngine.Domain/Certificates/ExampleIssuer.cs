namespace CertEngine.Domain.Certificates;

/// <summary>
/// The example 评价机构 a fresh install ships with (<c>appsettings.json</c>): its name carries <see cref="Marker"/>.
/// Until a centre configures its real 备案 registration, the server says so at every start and every certificate it
/// renders says it is a specimen, so no demo certificate can pass for a real one.
/// </summary>
public static class ExampleIssuer
{
    /// <summary>What marks the shipped example issuer's name.</summary>
    public const string Marker = "（示例）";

    /// <summary>Whether <paramref name="issuerName"/> is the example issuer's (or another marked as an example).</summary>
    public static bool Is(string? issuerName) => issuerName?.Contains(Marker, StringComparison.Ordinal) == true;
}
