using System.Globalization;
using System.Net;
using CertEngine.Contracts.Certificates;
using CertEngine.Documents.Qr;
using CertEngine.Domain.Candidates;
using CertEngine.Domain.Certificates;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace CertEngine.Documents;

/// <summary>
/// Renders certificates, transcripts and admission tickets from the Scriban templates of the templates folder. Every
/// template is parsed, and rendered once with sample data, when the folder is loaded, so a mistake is reported at start
/// with its file, line and column rather than when the first certificate is printed.
/// </summary>
/// <remarks>
/// Templates see snake_case variables whose text is already HTML-escaped (a template never needs <c>html.escape</c>);
/// only <c>qr_svg</c> (and a ticket's <c>exam_qr_svg</c>) is markup. <c>photo_uri</c> (certificates and tickets) is the
/// holder's photo as a <c>data:</c> URI, so the page prints offline, or empty when there is none (print the placeholder). An undefined variable is an error (strict variables), so a misspelt field fails the
/// load instead of printing blank.
/// </remarks>
public sealed class CertificateRenderer
{
    /// <summary>The national certificate lookup printed on every certificate (RULES.md §9).</summary>
    public const string NationalLookup = "http://jndj.osta.org.cn";

    /// <summary>The national 评价机构 lookup printed on every certificate (RULES.md §9).</summary>
    public const string IssuerLookup = "http://pjjg.osta.org.cn";

    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private readonly Dictionary<DocumentTemplate, Template> _templates;

    // Scriban's built-in functions (string.*, array.* …) are one object of several hundred members; building it for every
    // render cost about half the template time. It is shared read-only by every render of this renderer.
    private readonly BuiltinFunctions _builtins = new() { IsReadOnly = true };

    private CertificateRenderer(Dictionary<DocumentTemplate, Template> templates) => _templates = templates;

    /// <summary>The file each template is read from.</summary>
    public static string FileName(DocumentTemplate template) => template switch
    {
        DocumentTemplate.SkillLevelCertificate => "skill-level-certificate.sbn-html",
        DocumentTemplate.SpecialtyCertificate => "specialty-certificate.sbn-html",
        DocumentTemplate.Transcript => "transcript.sbn-html",
        DocumentTemplate.AdmissionTicket => "admission-ticket.sbn-html",
        _ => throw new ArgumentOutOfRangeException(nameof(template), template, "unknown template"),
    };

    /// <summary>Reads, parses and trial-renders every template in <paramref name="directory"/>.</summary>
    public static TemplateLoad Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var problems = new List<string>();
        var templates = new Dictionary<DocumentTemplate, Template>();
        foreach (var kind in Enum.GetValues<DocumentTemplate>())
        {
            var path = Path.Combine(directory, FileName(kind));
            if (!File.Exists(path))
            {
                problems.Add($"{path}:1:1: 缺少模板文件 (template file missing)");
                continue;
            }

            var template = Template.Parse(File.ReadAllText(path), path);
            if (template.HasErrors)
            {
                problems.AddRange(template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error)
                    .Select(m => Located(path, m.Span.Start.Line, m.Span.Start.Column, m.Message)));
                continue;
            }

            templates[kind] = template;
        }

        if (problems.Count > 0)
        {
            return new TemplateLoad.Failed(problems);
        }

        var renderer = new CertificateRenderer(templates);
        foreach (var kind in Enum.GetValues<DocumentTemplate>())
        {
            try
            {
                renderer.Render(kind, SampleModel(kind));
            }
            catch (ScriptRuntimeException exception)
            {
                var span = exception.Span;
                problems.Add(Located(Path.Combine(directory, FileName(kind)), span.Start.Line, span.Start.Column, exception.OriginalMessage));
            }
        }

        return problems.Count > 0 ? new TemplateLoad.Failed(problems) : new TemplateLoad.Loaded(renderer);
    }

    /// <summary>The printable certificate page, its QR code inlined as SVG, with the holder's photo (JPEG) when there is one.</summary>
    public string RenderCertificate(CertificateFields fields, string verifyUrl, byte[]? photoJpeg = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        using var qr = VerifyQrCode.Encode(verifyUrl);
        return RenderCertificate(fields, verifyUrl, qr, photoJpeg);
    }

    /// <summary><paramref name="jpeg"/> as a <c>data:</c> URI (base64 only: nothing in it needs escaping in HTML); empty for none.</summary>
    public static string PhotoUri(byte[]? jpeg) => jpeg is { Length: > 0 } ? "data:image/jpeg;base64," + Convert.ToBase64String(jpeg) : "";

    /// <summary>The printable transcript.</summary>
    public string RenderTranscript(TranscriptDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Render(DocumentTemplate.Transcript, TranscriptModel(document));
    }

    /// <summary>The printable admission ticket.</summary>
    public string RenderAdmissionTicket(AdmissionTicketDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Render(DocumentTemplate.AdmissionTicket, TicketModel(document));
    }

    /// <summary>Writes <c>{number}.html</c> (with the holder's photo when given) and <c>{number}.png</c> (the QR) into <paramref name="directory"/>; returns both paths.</summary>
    public (string Html, string Png) WriteFiles(string directory, CertificateFields fields, string verifyUrl, byte[]? photoJpeg = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        Directory.CreateDirectory(directory);
        var htmlPath = Path.Combine(directory, fields.Number + ".html");
        var pngPath = Path.Combine(directory, fields.Number + ".png");

        // One encoding for both drawings: encoding is nearly all of a QR's cost.
        using var qr = VerifyQrCode.Encode(verifyUrl);
        File.WriteAllBytes(pngPath, qr.ToPng());
        File.WriteAllText(htmlPath, RenderCertificate(fields, verifyUrl, qr, photoJpeg));
        return (htmlPath, pngPath);
    }

    /// <summary>
    /// The line put at the top of every certificate whose issuer is the example one (<see cref="ExampleIssuer"/>), by the
    /// renderer itself so that a centre's own template cannot leave it out.
    /// </summary>
    public const string SpecimenBanner =
        "<div class=\"specimen\" role=\"note\" style=\"border:2px solid #b91c1c;color:#b91c1c;font-weight:700;text-align:center;padding:4px;margin:0 0 6px\">"
        + "样本 · 示例评价机构签发，不是有效证书 (SPECIMEN: issued by the example issuer, not a valid certificate)</div>";

    private string RenderCertificate(CertificateFields fields, string verifyUrl, VerifyQrCode qr, byte[]? photoJpeg = null)
    {
        var kind = fields.LevelDigit is null ? DocumentTemplate.SpecialtyCertificate : DocumentTemplate.SkillLevelCertificate;
        var html = Render(kind, CertificateModel(fields, verifyUrl, qr.ToSvg(), PhotoUri(photoJpeg)));
        return ExampleIssuer.Is(fields.Issuer) ? WithSpecimenBanner(html) : html;
    }

    // Right after <body …>, or first of all when the template has no body tag.
    private static string WithSpecimenBanner(string html)
    {
        var body = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var at = body < 0 ? 0 : html.IndexOf('>', body) + 1;
        return html.Insert(at, SpecimenBanner);
    }

    private string Render(DocumentTemplate kind, ScriptObject model)
    {
        var context = new TemplateContext(_builtins) { StrictVariables = true, EnableRelaxedMemberAccess = false };
        context.PushGlobal(model);
        return _templates[kind].Render(context);
    }

    private static string Located(string path, int line, int column, string message) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}:{line + 1}:{column + 1}: {message}");

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    private static string ChineseDate(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    private static ScriptObject CertificateModel(CertificateFields f, string verifyUrl, string qrSvg, string photoUri = "")
    {
        var baseAddress = verifyUrl.IndexOf("/v/", StringComparison.Ordinal) is var at and > 0 ? verifyUrl[..at] + "/v" : verifyUrl;
        return new ScriptObject
        {
            ["title"] = E(f.Kind),
            ["number"] = E(f.Number),
            ["holder_name"] = E(f.HolderName),
            ["id_type"] = E(f.IdType),
            ["id_number"] = E(f.IdNumber),
            ["occupation_name"] = E(f.OccupationName),
            ["occupation_code"] = E(f.OccupationCode),
            ["work_type"] = E(f.WorkType),
            ["level"] = E(f.LevelDisplay ?? "--"),
            ["issued_on"] = E(ChineseDate(f.IssuedOn)),
            ["issued_on_iso"] = f.IssuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["issuer"] = E(f.Issuer),
            ["verify_url"] = E(verifyUrl),
            ["verify_base"] = E(baseAddress),
            ["qr_svg"] = qrSvg,
            ["photo_uri"] = photoUri,
            ["national_lookup"] = NationalLookup,
            ["issuer_lookup"] = IssuerLookup,
        };
    }

    private static ScriptObject TranscriptModel(TranscriptDocument d)
    {
        var lines = new ScriptArray();
        foreach (var line in d.Lines)
        {
            lines.Add(new ScriptObject
            {
                ["component"] = E(line.Component),
                ["session_id"] = E(line.SessionId),
                ["sat_on"] = E(ChineseDate(line.SatOn)),
                ["score"] = line.Score.ToString("0.##", CultureInfo.InvariantCulture),
                ["pass_mark"] = line.PassMark.ToString("0.##", CultureInfo.InvariantCulture),
                ["result"] = line.Void ? "成绩无效" : line.Passed ? "合格" : "不合格",
                ["result_class"] = line.Passed ? "pass" : "fail",
            });
        }

        return new ScriptObject
        {
            ["holder_name"] = E(d.HolderName),
            ["id_number"] = E(IdentityNumber.Mask(d.IdNumber)),
            ["occupation_name"] = E(d.OccupationName),
            ["level"] = E(d.LevelDisplay ?? "--"),
            ["certificate_number"] = E(d.CertificateNumber ?? "--"),
            ["lines"] = lines,
            ["printed_on"] = E(ChineseDate(d.PrintedOn)),
            ["issuer"] = E(d.Issuer),
        };
    }

    private static ScriptObject TicketModel(AdmissionTicketDocument d) => new()
    {
        ["ticket"] = E(d.Ticket),
        ["holder_name"] = E(d.HolderName),
        ["id_number"] = E(d.IdNumber),
        ["occupation_name"] = E(d.OccupationName),
        ["level"] = E(d.LevelDisplay ?? ""),
        ["component"] = E(d.Component),
        ["session_id"] = E(d.SessionId),
        ["centre"] = E(d.Centre),
        ["room"] = E(d.Room),
        ["seat"] = d.Seat.ToString(CultureInfo.InvariantCulture),
        ["starts_at"] = E(d.StartsAt.ToOffset(Beijing).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture)),
        ["minutes"] = d.Minutes.ToString(CultureInfo.InvariantCulture),
        ["exam_url"] = E(d.ExamUrl),
        ["exam_qr_svg"] = ExamQr(d.ExamUrl),
        ["photo_uri"] = PhotoUri(d.PhotoJpeg),
    };

    // The sign-in address as a QR code to scan with a phone (markup, like a certificate's qr_svg); nothing without one.
    private static string ExamQr(string url)
    {
        if (url.Length == 0)
        {
            return "";
        }

        using var qr = VerifyQrCode.Encode(url);
        return qr.ToSvg();
    }

    private static ScriptObject SampleModel(DocumentTemplate kind)
    {
        var fields = new CertificateFields("S000014040001265000001", "职业技能等级证书", "张三明", "居民身份证", "11010519491231002X", "4-10-01-06",
            "家政服务员", "家务服务员", 5, "五级/初级工", new DateOnly(2026, 1, 2), "示例评价机构", "4-10-01-06/家务服务员/5");
        return kind switch
        {
            DocumentTemplate.SkillLevelCertificate => CertificateModel(fields, "http://127.0.0.1:5080/v/S000014040001265000001?t=x", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>"),
            DocumentTemplate.SpecialtyCertificate => CertificateModel(
                fields with { Kind = "专项职业能力证书", LevelDigit = null, LevelDisplay = null }, "http://127.0.0.1:5080/v/ZX1404000126000001?t=x", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>"),
            DocumentTemplate.Transcript => TranscriptModel(new TranscriptDocument("张三明", "11010519491231002X", "家政服务员", "五级/初级工",
                [new TranscriptLine("理论知识", "S1", new DateOnly(2026, 1, 1), 71.5m, 60, false)], null, new DateOnly(2026, 1, 2), "示例评价机构")),
            _ => TicketModel(new AdmissionTicketDocument("2601010001", "张三明", "11010519491231002X", "家政服务员", "五级/初级工", "理论知识", "S1",
                "示例考点", "301", 1, new DateTimeOffset(2026, 1, 1, 0, 30, 0, TimeSpan.Zero), 90, "https://exam.example.cn/exam")),
        };
    }
}
