using System.Xml;
using CertEngine.Contracts.Certificates;
using CertEngine.TestSupport;

namespace CertEngine.Documents.Tests;

public sealed class CertificateRendererTests : IDisposable
{
    private const string Url = "http://127.0.0.1:5080/v/S000014040001265000007?t=eyJhbGciOiJFUzI1NiJ9.eyJ2IjoyfQ.c2ln";

    private static readonly CertificateFields Fields = new("S000014040001265000007", "职业技能等级证书", "欧阳<娜>娜", "居民身份证", "14040219900101123X",
        "4-10-01-06", "家政服务员", "家务服务员", 5, "五级/初级工", new DateOnly(2026, 11, 23), "长治市太行家政职业技能评价中心（示例）", "4-10-01-06/家务服务员/5");

    private readonly string _directory = Directory.CreateTempSubdirectory("certengine-templates-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static CertificateRenderer Shipped() =>
        ((TemplateLoad.Loaded)CertificateRenderer.Load(CertificateTemplateOptions.Resolve("templates"))).Renderer;

    [Fact]
    public void RenderCertificate_SkillLevel_IsWellFormedXhtmlWithEveryRequiredField()
    {
        var html = Shipped().RenderCertificate(Fields, Url);

        var document = Parse(html);
        var text = document.DocumentElement!.InnerText;
        foreach (var expected in new[]
        {
            "职业技能等级证书", "欧阳<娜>娜", "居民身份证", "14040219900101123X", "家政服务员", "4-10-01-06", "家务服务员", "五级/初级工",
            "S000014040001265000007", "2026年11月23日", "长治市太行家政职业技能评价中心（示例）", "http://jndj.osta.org.cn", "http://pjjg.osta.org.cn",
        })
        {
            Assert.Contains(expected, text);
        }

        Assert.Equal("zh-CN", document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("size: A4 landscape", html);
        Assert.Single(document.GetElementsByTagName("svg"));
    }

    [Fact]
    public void RenderCertificate_ExampleIssuer_IsMarkedAsASpecimenAtTheTop_ARealIssuerIsNot()
    {
        var example = Shipped().RenderCertificate(Fields, Url);
        var real = Shipped().RenderCertificate(Fields with { Issuer = "长治市太行家政职业技能评价中心" }, Url);

        var banner = Parse(example).GetElementsByTagName("div")[0]!;
        Assert.Equal("specimen", banner.Attributes!["class"]!.Value);
        Assert.StartsWith("样本 · 示例评价机构签发，不是有效证书", banner.InnerText, StringComparison.Ordinal);
        Assert.DoesNotContain("样本", real, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderCertificate_Specialty_UsesItsOwnTemplateWithoutALevel()
    {
        var fields = Fields with { Kind = "专项职业能力证书", LevelDigit = null, LevelDisplay = null, Number = "ZX1404000126000001" };

        var html = Shipped().RenderCertificate(fields, Url);

        var text = Parse(html).DocumentElement!.InnerText;
        Assert.Contains("专项职业能力证书", text);
        Assert.Contains("专项职业能力考核合格", text);
        Assert.DoesNotContain("职业技能等级", text);
        Assert.Contains("ZX1404000126000001", text);
    }

    [Fact]
    public void RenderTranscript_PrintsEachComponentAndMasksTheIdNumber()
    {
        var document = new TranscriptDocument("王秀英", "14040219900101123X", "家政服务员", "五级/初级工",
            [new TranscriptLine("理论知识", "CZ-20261123-LL01", new DateOnly(2026, 11, 23), 71.5m, 60, false),
             new TranscriptLine("操作技能", "CZ-20261123-JN01", new DateOnly(2026, 11, 23), 58, 60, false)],
            "S000014040001265000007", new DateOnly(2026, 11, 24), "示例评价机构");

        var text = Parse(Shipped().RenderTranscript(document)).DocumentElement!.InnerText;

        Assert.Contains("成绩单", text);
        Assert.Contains("1404**********123X", text);
        Assert.DoesNotContain("14040219900101123X", text);
        Assert.Contains("71.5", text);
        Assert.Contains("合格", text);
        Assert.Contains("不合格", text);
        Assert.Contains("CZ-20261123-JN01", text);
    }

    [Fact]
    public void RenderAdmissionTicket_PrintsTicketSeatAndBeijingStartTime()
    {
        var document = new AdmissionTicketDocument("2611230007", "王秀英", "14040219900101123X", "家政服务员", "五级/初级工", "理论知识",
            "CZ-20261123-LL01", "长治市职业技能鉴定中心", "理论机房 301", 7, new DateTimeOffset(2026, 11, 23, 0, 30, 0, TimeSpan.Zero), 90);

        var text = Parse(Shipped().RenderAdmissionTicket(document)).DocumentElement!.InnerText;

        Assert.Contains("准考证", text);
        Assert.Contains("2611230007", text);
        Assert.Contains("理论机房 301", text);
        Assert.Contains("2026年11月23日 08:30", text);
        Assert.Contains("90 分钟", text);
    }

    [Fact]
    public void WriteFiles_Png_DecodesWithZbarimgToTheExactUrl()
    {
        var (html, png) = Shipped().WriteFiles(_directory, Fields, Url);

        Assert.Equal(Path.Combine(_directory, "S000014040001265000007.png"), png);
        Assert.True(File.Exists(html));
        Assert.Equal(Url, Zbar.Decode(png));
    }

    [Fact]
    public void Load_TemplateWithASyntaxError_NamesFileLineAndColumn()
    {
        CopyShipped();
        var file = Path.Combine(_directory, "transcript.sbn-html");
        File.WriteAllText(file, "<html>\n<body>\n  {{ if holder_name }\n</body></html>");

        var outcome = CertificateRenderer.Load(_directory);

        var failed = Assert.IsType<TemplateLoad.Failed>(outcome);
        Assert.StartsWith(file + ":3:21: Invalid token found `}`", failed.Problems[0]);
    }

    [Fact]
    public void Load_TemplateNamingAnUnknownField_FailsAtLoadWithItsPosition()
    {
        CopyShipped();
        var file = Path.Combine(_directory, "admission-ticket.sbn-html");
        File.WriteAllText(file, "<html>\n<body>{{ ticket }} {{ tikcet }}</body></html>");

        var outcome = CertificateRenderer.Load(_directory);

        var failed = Assert.IsType<TemplateLoad.Failed>(outcome);
        Assert.Equal(file + ":2:23: The variable or function `tikcet` was not found", Assert.Single(failed.Problems));
    }

    [Fact]
    public void Load_MissingTemplate_NamesTheFile()
    {
        CopyShipped();
        File.Delete(Path.Combine(_directory, "specialty-certificate.sbn-html"));

        var failed = Assert.IsType<TemplateLoad.Failed>(CertificateRenderer.Load(_directory));

        Assert.Equal(Path.Combine(_directory, "specialty-certificate.sbn-html") + ":1:1: 缺少模板文件 (template file missing)", Assert.Single(failed.Problems));
    }

    private void CopyShipped()
    {
        foreach (var file in Directory.GetFiles(CertificateTemplateOptions.Resolve("templates")))
        {
            File.Copy(file, Path.Combine(_directory, Path.GetFileName(file)));
        }
    }

    private static XmlDocument Parse(string html)
    {
        var document = new XmlDocument();
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        document.Load(reader);
        return document;
    }
}
