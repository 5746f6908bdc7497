using System.Xml;
using CertEngine.Contracts.Certificates;

namespace CertEngine.Documents.Tests;

/// <summary>The holder's photo on the shipped certificate and ticket templates: inlined as a <c>data:</c> URI, or the placeholder 无照片.</summary>
public sealed class CertificateRendererPhotoTests
{
    private const string Url = "http://127.0.0.1:5080/v/S000014040001265000007?t=eyJhbGciOiJFUzI1NiJ9.eyJ2IjoyfQ.c2ln";

    // Not a real JPEG: the renderer inlines the bytes it is given and never decodes them.
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 0xFF, 0xD9];

    private static readonly CertificateFields Fields = new("S000014040001265000007", "职业技能等级证书", "欧阳娜娜", "居民身份证", "14040219900101123X",
        "4-10-01-06", "家政服务员", "家务服务员", 5, "五级/初级工", new DateOnly(2026, 11, 23), "长治市太行家政职业技能评价中心", "4-10-01-06/家务服务员/5");

    private static readonly AdmissionTicketDocument Ticket = new("2611230007", "王秀英", "1404**********123X", "家政服务员", "五级/初级工", "理论知识",
        "CZ-20261123-LL01", "长治市职业技能鉴定中心", "理论机房 301", 7, new DateTimeOffset(2026, 11, 23, 0, 30, 0, TimeSpan.Zero), 90);

    [Fact]
    public void RenderCertificate_WithAPhoto_InlinesIt_WithoutOne_PrintsThePlaceholder()
    {
        var renderer = Shipped();

        var with = Parse(renderer.RenderCertificate(Fields, Url, Jpeg));
        var without = Parse(renderer.RenderCertificate(Fields, Url));
        var specialty = Parse(renderer.RenderCertificate(Fields with { Kind = "专项职业能力证书", LevelDigit = null, LevelDisplay = null }, Url, Jpeg));

        Assert.Equal("data:image/jpeg;base64," + Convert.ToBase64String(Jpeg), Photo(with)?.GetAttribute("src"));
        Assert.Equal("data:image/jpeg;base64," + Convert.ToBase64String(Jpeg), Photo(specialty)?.GetAttribute("src"));
        Assert.DoesNotContain("无照片", with.DocumentElement!.InnerText, StringComparison.Ordinal);
        Assert.Null(Photo(without));
        Assert.Contains("无照片", without.DocumentElement!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderAdmissionTicket_WithAPhoto_InlinesIt_WithoutOne_PrintsThePlaceholder()
    {
        var renderer = Shipped();

        var with = Parse(renderer.RenderAdmissionTicket(Ticket with { PhotoJpeg = Jpeg }));
        var without = Parse(renderer.RenderAdmissionTicket(Ticket));

        Assert.Equal("data:image/jpeg;base64," + Convert.ToBase64String(Jpeg), Photo(with)?.GetAttribute("src"));
        Assert.Null(Photo(without));
        Assert.Contains("无照片", without.DocumentElement!.InnerText, StringComparison.Ordinal);
        Assert.Equal("", CertificateRenderer.PhotoUri([]));
    }

    private static CertificateRenderer Shipped() =>
        ((TemplateLoad.Loaded)CertificateRenderer.Load(CertificateTemplateOptions.Resolve("templates"))).Renderer;

    private static XmlElement? Photo(XmlDocument document) =>
        document.GetElementsByTagName("img").OfType<XmlElement>().FirstOrDefault(e => e.GetAttribute("class") == "photo");

    private static XmlDocument Parse(string html)
    {
        var document = new XmlDocument();
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        document.Load(reader);
        return document;
    }
}
