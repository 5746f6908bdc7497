using System.ComponentModel.DataAnnotations;

namespace CertEngine.Grains.Certificates;

/// <summary>
/// The issuing 评价机构 as registered (备案) with 人社, and the public address QR codes point at. The registration
/// comes from configuration; there is no built-in issuer.
/// </summary>
public sealed class CertificateAuthorityOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CertEngine:Issuer";

    /// <summary>评价机构名称, exactly as registered.</summary>
    [Required]
    public string Name { get; set; } = "";

    /// <summary>Y (用人单位) or S (社会培训评价组织).</summary>
    [Required]
    public string Category { get; set; } = "";

    /// <summary>4-digit 评价机构代码; 0000 for a provincial 备案.</summary>
    [Required]
    public string BodyCode { get; set; } = "";

    /// <summary>2-digit province code of the 机构/站点.</summary>
    [Required]
    public string Province { get; set; } = "";

    /// <summary>6-digit 评价机构(站点)序列码.</summary>
    [Required]
    public string Station { get; set; } = "";

    /// <summary>The province code table (GB/T 2260), a data file; the server sets it from its certificates folder.</summary>
    [Required]
    public string ProvinceTable { get; set; } = "certificates/provinces.yaml";

    /// <summary>The public base address the QR codes open, e.g. <c>https://cert.example.cn</c>.</summary>
    [Required]
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";
}
