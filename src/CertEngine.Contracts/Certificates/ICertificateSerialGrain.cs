namespace CertEngine.Contracts.Certificates;

/// <summary>
/// The 证书序列码 counter of one number prefix (机构类别 + 机构代码 + 省份 + 站点 + 年份 + 等级, 16 characters).
/// Key: that prefix. Hands out 1, 2, 3 … and never the same serial twice.
/// </summary>
public interface ICertificateSerialGrain : IGrainWithStringKey
{
    /// <summary>The next serial, from 1.</summary>
    Task<int> NextAsync();
}
