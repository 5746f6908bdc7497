namespace CertEngine.Server.Features.Certificates;

/// <summary>A certificate's status (<c>valid</c>, <c>suspended</c>, <c>revoked</c>, <c>reissued</c>) in words, Chinese first.</summary>
public static class CertificateStatusWords
{
    /// <summary>The status in both languages, e.g. <c>已暂停 (suspended)</c>.</summary>
    public static string Of(string status) => status switch
    {
        "valid" => "有效 (valid)",
        "suspended" => "已暂停 (suspended)",
        "revoked" => "已撤销 (revoked)",
        "reissued" => "已换发 (replaced)",
        "" => "未记录 (not recorded)",
        _ => status,
    };

    /// <summary>The status in one language.</summary>
    public static (string Chinese, string English) Split(string status) => status switch
    {
        "valid" => ("有效", "Valid"),
        "suspended" => ("已暂停", "Suspended"),
        "revoked" => ("已撤销", "Revoked"),
        "reissued" => ("已换发", "Replaced"),
        "" => ("未记录", "Not recorded"),
        _ => (status, status),
    };
}
