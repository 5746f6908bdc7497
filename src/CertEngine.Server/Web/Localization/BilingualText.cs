namespace CertEngine.Server.Web.Localization;

/// <summary>
/// Picks the Chinese or the English of a text by the request's UI culture (zh-CN unless the visitor chose English).
/// Every Razor page and layout has it as <c>Text</c> (injected in <c>Features/_ViewImports.cshtml</c>):
/// <c>@Text("证书有效", "Certificate valid")</c>. Page models and endpoints can take it from DI the same way.
/// </summary>
/// <param name="chinese">Simplified Chinese, the default.</param>
/// <param name="english">English, shown when the culture is <c>en</c>.</param>
public delegate string BilingualText(string chinese, string english);
