using System.Text.Json;
using CertEngine.Documents.Qr;
using CertEngine.Server.Features.Certificates;
using Microsoft.Extensions.DependencyInjection;

namespace CertEngine.Server.Tests.Certificates;

/// <summary>
/// A certificate issued while the verification address was wrong (the demo's, under the default address) prints again
/// with the address configured now, in its QR code and its line 本证书核验, and still verifies: the address is never part
/// of what is signed or stored.
/// </summary>
[Collection(CertificateCollection.Name)]
public sealed class ReprintAddressTests(CertificateWorld world)
{
    private const string Public = "https://cert.example.cn";

    [Fact]
    public async Task Reprint_AfterThePublicAddressIsSet_CarriesItInQrAndVerifyLine_AndStillVerifiesUnderAnyHost()
    {
        var (number, issuedUrl) = world.Issued[0];
        Assert.StartsWith("http://127.0.0.1:5080/v/", issuedUrl, StringComparison.Ordinal); // issued under the default address
        var token = CertificateWorld.TokenOf(issuedUrl);
        var server = world.Server("reprint-public", settings: new Dictionary<string, string> { ["CertEngine:PublicBaseUrl"] = Public });
        var documents = server.Services.GetRequiredService<CertificateDocuments>();

        var certificate = await documents.FindAsync(number);
        var html = await documents.HtmlAsync(certificate!, CancellationToken.None);

        var expected = $"{Public}/v/{number}?t={token}";
        Assert.Contains($"本证书核验：{Public}/v<", html, StringComparison.Ordinal);
        using (var qr = VerifyQrCode.Encode(expected))
        {
            Assert.Contains(qr.ToSvg(), html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("127.0.0.1:5080", html, StringComparison.Ordinal);
        // The verify page and its JSON answer whatever host the request came by (the test server's is "localhost").
        using var client = server.CreateClient();
        using var verified = JsonDocument.Parse(await client.GetStringAsync($"/api/certificates/{number}/verify?t={Uri.EscapeDataString(token)}"));
        Assert.Equal("valid", verified.RootElement.GetProperty("status").GetString());
        var page = await client.GetAsync(new Uri(expected).PathAndQuery);
        Assert.True(page.IsSuccessStatusCode, page.StatusCode.ToString());
    }
}
