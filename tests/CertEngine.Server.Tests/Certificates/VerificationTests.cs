using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Contracts.Certificates;
using CertEngine.Domain;
using CertEngine.Domain.Certificates;
using CertEngine.Grains.Certificates;
using CertEngine.Server.Features.Verification;
using Microsoft.Extensions.DependencyInjection;

namespace CertEngine.Server.Tests.Certificates;

[Collection(CertificateCollection.Name)]
public sealed class VerificationTests(CertificateWorld world)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private CertificateWorld.CertificateServer Server => world.Server("verification");

    [Fact]
    public async Task Verify_EveryGenuineDemoUrl_IsValidWithMaskedFields()
    {
        using var client = Server.CreateClient();

        foreach (var (number, url) in world.Issued)
        {
            var response = await client.GetFromJsonAsync<VerificationResponse>($"/api/certificates/{number}/verify?t={Uri.EscapeDataString(CertificateWorld.TokenOf(url))}", Web);

            Assert.Equal(VerificationStatus.Valid, response!.Status);
            Assert.Equal(number, response.Number);
            Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}\*+\p{IsCJKUnifiedIdeographs}$", response.HolderName);
            Assert.Matches(@"^1404\*{10}[0-9]{3}[0-9X]$", response.IdNumber);
            Assert.Equal("五级/初级工", response.Level);
            Assert.Equal("长治市太行家政职业技能评价中心（示例）", response.Issuer);
        }
    }

    [Fact]
    public void IssuedVerifyUrls_AreAsciiAndFitAQrOfVersion14AtEccM()
    {
        foreach (var (number, url) in world.Issued)
        {
            Assert.True(System.Text.Ascii.IsValid(url), url);
            Assert.InRange(CertEngine.Documents.Qr.VerifyQrCode.VersionOf(url), 1, 14);
        }
    }

    [Fact]
    public async Task Verify_EverySingleCharacterOfTheTokenChanged_IsForged()
    {
        using var client = Server.CreateClient();
        var (number, url) = world.Issued[0];
        var token = CertificateWorld.TokenOf(url);
        var failures = new List<string>();

        for (var i = 0; i < token.Length; i++)
        {
            // Each position gets a different base64url character (or a '.' becomes a letter): one byte altered.
            var altered = token[..i] + (token[i] == 'A' ? 'B' : 'A') + token[(i + 1)..];
            var response = await client.GetFromJsonAsync<VerificationResponse>($"/api/certificates/{number}/verify?t={Uri.EscapeDataString(altered)}", Web);
            if (response!.Status != VerificationStatus.Forged)
            {
                failures.Add($"position {i}: {response.Status}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Verify_TokenReplayedOnAnotherCertificatesNumber_IsForged()
    {
        using var client = Server.CreateClient();

        var response = await client.GetFromJsonAsync<VerificationResponse>(
            $"/api/certificates/{world.Issued[1].Number}/verify?t={Uri.EscapeDataString(CertificateWorld.TokenOf(world.Issued[0].Url))}", Web);

        Assert.Equal(new VerificationResponse(VerificationStatus.Forged, world.Issued[1].Number), response);
    }

    [Fact]
    public async Task Verify_GenuinelySignedButDisagreeingWithTheRecord_IsForged()
    {
        using var client = Server.CreateClient();
        var (number, url) = world.Issued[0];
        var token = CertificateSigner.Sign(ClaimsOf(url) with { LevelDigit = 1 }, Keys.CurrentKey, Keys.CurrentKeyId);

        var response = await client.GetFromJsonAsync<VerificationResponse>($"/api/certificates/{number}/verify?t={Uri.EscapeDataString(token)}", Web);

        Assert.Equal(VerificationStatus.Forged, response!.Status);
    }

    [Fact]
    public async Task Verify_GenuineTokenNamingAnotherIssuerCode_IsForged()
    {
        using var client = Server.CreateClient();
        var (number, url) = world.Issued[0];
        var token = CertificateSigner.Sign(ClaimsOf(url) with { IssuerCode = "S000014999999" }, Keys.CurrentKey, Keys.CurrentKeyId);

        var response = await client.GetFromJsonAsync<VerificationResponse>($"/api/certificates/{number}/verify?t={Uri.EscapeDataString(token)}", Web);

        Assert.Equal(new VerificationResponse(VerificationStatus.Forged, number), response);
    }

    [Fact]
    public async Task Verify_IssuedTokensAreVersion3_AndShowTheRecordsWords()
    {
        using var client = Server.CreateClient();
        var (number, url) = world.Issued[0];
        var stored = (await Grains.GetGrain<ICertificateGrain>(number).GetAsync())!.Fields;
        var claims = ClaimsOf(url);

        var response = await client.GetFromJsonAsync<VerificationResponse>($"/api/certificates/{number}/verify?t={Uri.EscapeDataString(CertificateWorld.TokenOf(url))}", Web);

        Assert.Equal((stored.OccupationCode, stored.LevelDigit, Server.Services.GetRequiredService<CertificateAuthority>().IssuerCode), (claims.OccupationCode, claims.LevelDigit, claims.IssuerCode));
        Assert.Equal((stored.OccupationName, stored.LevelDisplay, stored.Issuer), (response!.Occupation, response.Level, response.Issuer));
    }

    [Fact]
    public async Task Verify_Version2TokenOfACertificateIssuedBefore_IsStillValid()
    {
        using var client = Server.CreateClient();
        var (number, _) = world.Issued[2];
        var token = CertificateSigner.Sign(Version2ViewOf((await Grains.GetGrain<ICertificateGrain>(number).GetAsync())!.Fields), Keys.CurrentKey, Keys.CurrentKeyId);

        var response = await client.GetFromJsonAsync<VerificationResponse>($"/api/certificates/{number}/verify?t={Uri.EscapeDataString(token)}", Web);

        Assert.Equal(VerificationStatus.Valid, response!.Status);
        Assert.Equal(number, response.Number);
    }

    [Fact]
    public async Task Verify_Version2TokenDisagreeingWithTheRecordOrReplayed_IsForged()
    {
        using var client = Server.CreateClient();
        var (number, _) = world.Issued[2];
        var view = Version2ViewOf((await Grains.GetGrain<ICertificateGrain>(number).GetAsync())!.Fields);
        var altered = CertificateSigner.Sign(view with { LevelDisplay = "一级/高级技师" }, Keys.CurrentKey, Keys.CurrentKeyId);
        var genuine = CertificateSigner.Sign(view, Keys.CurrentKey, Keys.CurrentKeyId);

        var disagreeing = await client.GetFromJsonAsync<VerificationResponse>($"/api/certificates/{number}/verify?t={Uri.EscapeDataString(altered)}", Web);
        var replayed = await client.GetFromJsonAsync<VerificationResponse>(
            $"/api/certificates/{world.Issued[1].Number}/verify?t={Uri.EscapeDataString(genuine)}", Web);

        Assert.Equal(new VerificationResponse(VerificationStatus.Forged, number), disagreeing);
        Assert.Equal(new VerificationResponse(VerificationStatus.Forged, world.Issued[1].Number), replayed);
    }

    [Fact]
    public async Task Verify_TokenSignedByAnUnknownKey_IsForged()
    {
        using var client = Server.CreateClient();
        using var stranger = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var (number, url) = world.Issued[0];

        var token = CertificateSigner.Sign(ClaimsOf(url), stranger, "ce-0000000000000000");
        var response = await client.GetFromJsonAsync<VerificationResponse>($"/api/certificates/{number}/verify?t={Uri.EscapeDataString(token)}", Web);

        Assert.Equal(VerificationStatus.Forged, response!.Status);
    }

    [Fact]
    public async Task Verify_GenuineTokenForANumberNeverIssued_IsNotFound()
    {
        using var client = Server.CreateClient();
        var token = CertificateSigner.Sign(ClaimsOf(world.Issued[0].Url) with { Number = "S000014040001265999999" }, Keys.CurrentKey, Keys.CurrentKeyId);

        var response = await client.GetFromJsonAsync<VerificationResponse>($"/api/certificates/S000014040001265999999/verify?t={Uri.EscapeDataString(token)}", Web);

        Assert.Equal(new VerificationResponse(VerificationStatus.NotFound, "S000014040001265999999"), response);
    }

    [Theory]
    [InlineData("/api/certificates/S000014040001265000001/verify", "t")]
    [InlineData("/api/certificates/not-a-number/verify?t=abc", "number")]
    public async Task Verify_MalformedRequest_Is400ProblemNamingTheField(string path, string field)
    {
        using var client = Server.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Lookup_NumberAndRightIdNumber_AnswersLikeTheQr_WrongIdNumberExactlyLikeAnUnknownNumber()
    {
        using var client = Server.CreateClient();
        var number = world.Issued[0].Number;
        var fields = (await Grains.GetGrain<ICertificateGrain>(number).GetAsync())!.Fields;
        var otherId = (await Grains.GetGrain<ICertificateGrain>(world.Issued[1].Number).GetAsync())!.Fields.IdNumber;

        var right = await LookupAsync(client, new { number, idNumber = fields.IdNumber });
        var lowerX = await LookupAsync(client, new { number, idNumber = fields.IdNumber.ToLowerInvariant() });
        var wrongId = await LookupAsync(client, new { number, idNumber = otherId });
        var unknown = await LookupAsync(client, new { number = "S000014040001265999998", idNumber = fields.IdNumber });

        Assert.Equal((HttpStatusCode.OK, VerificationStatus.Valid), (right.Status, right.Body.GetProperty("status").GetString()));
        Assert.Equal(PublicCertificateView.MaskName(fields.HolderName), right.Body.GetProperty("holderName").GetString());
        Assert.Equal(right.Text, lowerX.Text);
        Assert.Equal((HttpStatusCode.OK, $$"""{"status":"not_found","number":"{{number}}"}"""), (wrongId.Status, Compact(wrongId.Text)));
        Assert.Equal(Compact(unknown.Text).Replace("S000014040001265999998", number, StringComparison.Ordinal), Compact(wrongId.Text));
    }

    [Fact]
    public async Task Lookup_NumberAndTheHoldersFullName_RevealsNothing()
    {
        using var client = Server.CreateClient();
        var number = world.Issued[0].Number;
        var fields = (await Grains.GetGrain<ICertificateGrain>(number).GetAsync())!.Fields;

        var byName = await LookupAsync(client, new { number, name = fields.HolderName });
        var byNameInTheIdField = await LookupAsync(client, new { number, idNumber = fields.HolderName });
        var unknownByName = await LookupAsync(client, new { number = "S000014040001265999998", name = fields.HolderName });

        Assert.Equal(HttpStatusCode.BadRequest, byName.Status);
        Assert.True(byName.Body.GetProperty("errors").TryGetProperty("IdNumber", out _), byName.Text);
        Assert.Equal(byName.Body.GetProperty("errors").GetRawText(), unknownByName.Body.GetProperty("errors").GetRawText());
        Assert.Equal(HttpStatusCode.BadRequest, byNameInTheIdField.Status);
        Assert.DoesNotContain(PublicCertificateView.MaskName(fields.HolderName), byName.Text + byNameInTheIdField.Text);
        Assert.DoesNotContain("\"status\":\"valid\"", byName.Text + byNameInTheIdField.Text);
    }

    [Fact]
    public async Task Page_GenuineQrUrl_ShowsValidInChineseWithMaskedIdNumberOnly()
    {
        using var client = Server.CreateClient();
        var (number, url) = world.Issued[0];
        var idNumber = (await Grains.GetGrain<ICertificateGrain>(number).GetAsync())!.Fields.IdNumber;

        var html = await client.GetStringAsync(CertificateWorld.PathOf(url));

        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("data-status=\"valid\"", html);
        Assert.Contains("证书有效", html);
        Assert.Contains(idNumber[..4] + "**********" + idNumber[^4..], html);
        Assert.DoesNotContain(idNumber, html);
        Assert.DoesNotContain("http://", html.Replace("http://jndj.osta.org.cn", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("/css/site.css", html);
    }

    [Fact]
    public async Task Page_WithLangEn_IsInEnglishAndRemembersIt()
    {
        using var client = Server.CreateClient();
        var url = world.Issued[0].Url;

        var first = await client.GetAsync(CertificateWorld.PathOf(url) + "&lang=en");
        var html = await first.Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("Certificate valid", html);
        Assert.Contains(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Den", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Page_AlteredToken_ShowsForged()
    {
        using var client = Server.CreateClient();
        var url = world.Issued[0].Url;

        var html = await client.GetStringAsync(CertificateWorld.PathOf(url)[..^3] + (url[^3] == 'x' ? "yyy" : "xxx"));

        Assert.Contains("data-status=\"forged\"", html);
        Assert.Contains("疑似伪造", html);
    }

    [Fact]
    public async Task LookupPage_Form_PostsAndShowsTheResult()
    {
        using var client = Server.CreateClient();
        var number = world.Issued[0].Number;
        var fields = (await Grains.GetGrain<ICertificateGrain>(number).GetAsync())!.Fields;
        var form = await client.GetStringAsync("/v");
        var antiforgery = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

        var response = await client.PostAsync("/v", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Number"] = number, ["IdNumber"] = fields.IdNumber, ["__RequestVerificationToken"] = antiforgery,
        }));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-status=\"valid\"", html);
        Assert.Contains(PublicCertificateView.MaskName(fields.HolderName), html);
        Assert.DoesNotContain(fields.IdNumber, html);
    }

    [Fact]
    public async Task Jwks_PublishesTheSigningKeyThatVerifiesTheDemoTokens()
    {
        using var client = Server.CreateClient();

        var jwks = await client.GetFromJsonAsync<JsonWebKeySetResponse>("/.well-known/jwks.json", Web);

        var key = Assert.Single(jwks!.Keys);
        Assert.Equal(Keys.CurrentKeyId, key.Kid);
        using var publicKey = key.ToPublicKey();
        Assert.IsType<TokenVerification.Valid>(CertificateTokenVerifier.Verify(CertificateWorld.TokenOf(world.Issued[0].Url), new Dictionary<string, System.Security.Cryptography.ECDsa> { [key.Kid] = publicKey }));
    }

    [Fact]
    public async Task Lookups_AreTalliedDurablyByDayAndOutcome()
    {
        using var client = Server.CreateClient();
        var day = Grains.GetGrain<IVerificationTallyGrain>($"{ChinaTime.Today(TimeProvider.System):yyyy-MM-dd}");
        Assert.True(await Server.Services.GetRequiredService<VerificationCounts>().FlushAsync());
        var before = await day.GetAsync();

        await client.GetAsync($"/api/certificates/{world.Issued[0].Number}/verify?t={Uri.EscapeDataString(CertificateWorld.TokenOf(world.Issued[0].Url))}");
        await client.GetAsync($"/api/certificates/{world.Issued[0].Number}/verify?t=x.y.z");
        await client.GetAsync($"/api/certificates/{world.Issued[0].Number}/verify?t=x.y.z");
        Assert.True(await Server.Services.GetRequiredService<VerificationCounts>().FlushAsync());
        var after = await day.GetAsync();

        Assert.Equal(before.ByOutcome.GetValueOrDefault("valid") + 1, after.ByOutcome["valid"]);
        Assert.Equal(before.ByOutcome.GetValueOrDefault("forged") + 2, after.ByOutcome["forged"]);
    }

    private IGrainFactory Grains => Server.Services.GetRequiredService<IGrainFactory>();

    private static async Task<(HttpStatusCode Status, string Text, JsonElement Body)> LookupAsync(HttpClient client, object request)
    {
        var response = await client.PostAsJsonAsync("/api/certificates/lookup", request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text, JsonDocument.Parse(text).RootElement.Clone());
    }

    // The answer without the members that are null for not_found (how nulls are written is not what is compared).
    private static string Compact(string json) => JsonSerializer.Serialize(
        JsonDocument.Parse(json).RootElement.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).ToDictionary(p => p.Name, p => p.Value));

    private static PublicCertificateView Version2ViewOf(CertificateFields f) => new(
        f.Number, PublicCertificateView.MaskName(f.HolderName), IdNumberDigest.Compute(f.IdNumber, "c2FsdHNhbHRzYWx0c2FsdA"),
        f.OccupationName, f.WorkType, f.LevelDisplay, f.IssuedOn, f.Issuer);

    private CertificateClaims ClaimsOf(string url) =>
        (CertificateClaims)((TokenVerification.Valid)CertificateTokenVerifier.Verify(CertificateWorld.TokenOf(url), Keys.PublicKeys)).Signed;

    private ICertificateKeyRing Keys => Server.Services.GetRequiredService<ICertificateKeyRing>();
}
