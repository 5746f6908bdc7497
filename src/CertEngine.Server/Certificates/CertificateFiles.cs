using System.Globalization;
using System.Net;
using CertEngine.Contracts.Certificates;
using QRCoder;

namespace CertEngine.Server.Certificates;

/// <summary>
/// Writes a certificate's files: <c>{number}.png</c>, the QR that opens the verify page, and <c>{number}.html</c>, a
/// printable A4 page with the required fields (人社鉴发〔2021〕1号) and the QR embedded. The certificates issue replaces
/// the page with its Scriban template.
/// </summary>
public static class CertificateFiles
{
    /// <summary>The QR code of a verify address as PNG bytes (error correction M, 10 px modules).</summary>
    public static byte[] QrPng(string verifyUrl)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(verifyUrl, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(10);
    }

    /// <summary>Writes both files into <paramref name="directory"/> and returns their paths.</summary>
    public static (string Html, string Png) Write(string directory, CertificateSnapshot certificate, string verifyUrl)
    {
        Directory.CreateDirectory(directory);
        var fields = certificate.Fields;
        var png = QrPng(verifyUrl);
        var pngPath = Path.Combine(directory, fields.Number + ".png");
        var htmlPath = Path.Combine(directory, fields.Number + ".html");
        File.WriteAllBytes(pngPath, png);
        File.WriteAllText(htmlPath, Html(fields, png, verifyUrl));
        return (htmlPath, pngPath);
    }

    private static string Html(CertificateFields f, byte[] png, string verifyUrl)
    {
        static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
        var issued = f.IssuedOn.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        return $$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{E(f.Kind)}} {{E(f.Number)}}</title>
            <style>
            @page { size: A4; margin: 18mm; }
            body { font-family: "FangSong", "STFangsong", "Noto Serif CJK SC", serif; font-size: 12pt; color: #222; max-width: 174mm; margin: 0 auto; }
            h1 { text-align: center; letter-spacing: .5em; font-size: 26pt; margin: 12mm 0 8mm; }
            p.body { text-indent: 2em; line-height: 1.9; }
            table { border-collapse: collapse; width: 100%; margin-top: 6mm; }
            th { text-align: left; width: 34%; font-weight: normal; color: #555; padding: 2mm 0; }
            td { padding: 2mm 0; }
            .qr { text-align: center; margin-top: 8mm; }
            .qr img { width: 36mm; height: 36mm; }
            .foot { margin-top: 8mm; font-size: 10pt; color: #555; }
            </style>
            </head>
            <body>
            <h1>{{E(f.Kind)}}</h1>
            <p class="body">{{E(f.HolderName)}} 经{{E(f.Issuer)}}评价，{{E(f.OccupationName)}}{{(f.LevelDisplay is null ? "" : "职业技能等级达到" + E(f.LevelDisplay))}}，特发此证。</p>
            <table>
            <tr><th>姓名</th><td>{{E(f.HolderName)}}</td></tr>
            <tr><th>证件类型</th><td>{{E(f.IdType)}}</td></tr>
            <tr><th>证件号码</th><td>{{E(f.IdNumber)}}</td></tr>
            <tr><th>职业名称</th><td>{{E(f.OccupationName)}}（{{E(f.OccupationCode)}}）</td></tr>
            <tr><th>工种/职业方向</th><td>{{E(f.WorkType)}}</td></tr>
            <tr><th>职业技能等级</th><td>{{E(f.LevelDisplay ?? "--")}}</td></tr>
            <tr><th>证书编号</th><td>{{E(f.Number)}}</td></tr>
            <tr><th>发证日期</th><td>{{E(issued)}}</td></tr>
            <tr><th>评价机构名称</th><td>{{E(f.Issuer)}}</td></tr>
            </table>
            <div class="qr"><img alt="证书查验二维码" src="data:image/png;base64,{{Convert.ToBase64String(png)}}"><br><small>{{E(verifyUrl)}}</small></div>
            <p class="foot">证书查询：http://jndj.osta.org.cn　评价机构查询：http://pjjg.osta.org.cn</p>
            </body>
            </html>
            """;
    }
}
