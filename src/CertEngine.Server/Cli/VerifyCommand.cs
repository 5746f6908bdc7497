using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using CertEngine.Documents;
using CertEngine.Domain.Certificates;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Yaml;

namespace CertEngine.Server.Cli;

/// <summary>
/// The <c>verify URL-OR-TOKEN --jwks FILE</c> verb: checks a certificate's signature offline against a saved JWKS and
/// prints what it certifies. Exit 0 genuine, 1 forged or signed by an unknown key, 2 bad usage.
/// </summary>
/// <remarks>
/// A version-3 token certifies codes. The verb turns them into words where the files at hand allow: the level name from
/// the level ladder of <c>{banks}/catalogue.yaml</c>, the occupation name from <c>{banks}/{code}/occupation.yaml</c>
/// (<c>--banks</c>, default <c>question-banks</c>). The issuer's name is not in any shipped file, so it prints the
/// registration code and says where to look it up. A version-2 token carries the words themselves.
/// </remarks>
public static class VerifyCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        // Both are checked here rather than by the parser, so a missing one is a usage error (exit 2) like any other.
        var target = new Argument<string>("url-or-token")
        {
            Description = "二维码中的核验地址或令牌 (the QR's verify URL, or the token alone)", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "",
        };
        var jwks = new Option<string>("--jwks") { Description = "保存的公钥文件，必填 (a saved /.well-known/jwks.json; required)", DefaultValueFactory = _ => "" };
        var idNumber = new Option<string?>("--id-number") { Description = "可选：核对持证人证件号码 (optional: check the holder's ID number against the certificate)" };
        var banks = new Option<string>("--banks")
        {
            Description = "题库目录，用于把职业代码和等级代码译成名称 (the question-bank folder, to turn occupation and level codes into names)",
            DefaultValueFactory = _ => "question-banks",
        };
        var command = new Command("verify", "离线核验证书 (verify a certificate offline)") { target, jwks, idNumber, banks };
        command.SetAction(async (result, _) =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValue(target)) || string.IsNullOrWhiteSpace(result.GetValue(jwks)))
            {
                await error.WriteLineAsync("usage: verify URL-OR-TOKEN --jwks FILE [--id-number ID]");
                return 2;
            }

            if (ReadKeys(result.GetValue(jwks)!) is not { } keys)
            {
                await error.WriteLineAsync($"error: 无法读取公钥文件 {result.GetValue(jwks)} (cannot read the JWKS file: it must be {{\"keys\":[…]}} of EC P-256 keys)");
                return 2;
            }

            var (number, token) = Split(result.GetValue(target)!.Trim());
            if (token.Length == 0)
            {
                await error.WriteLineAsync("error: 地址中没有令牌 t (the URL carries no token t)");
                return 2;
            }

            var outcome = CertificateTokenVerifier.Verify(token, keys);
            foreach (var key in keys.Values)
            {
                key.Dispose();
            }

            if (outcome is not TokenVerification.Valid valid)
            {
                var reason = outcome switch { TokenVerification.Forged f => f.Reason, TokenVerification.Malformed m => m.Reason, _ => "" };
                await output.WriteLineAsync($"伪造或被篡改 FORGED: {reason}");
                return 1;
            }

            var v = valid.Signed;
            if (number is not null && number != v.Number)
            {
                await output.WriteLineAsync($"伪造或被篡改 FORGED: 地址中的编号 {number} 与签名内容 {v.Number} 不符 (the URL's number differs from the signed one)");
                return 1;
            }

            await output.WriteLineAsync($"真实 GENUINE: 签名有效，密钥 {valid.Kid}，令牌第 {v.PayloadVersion} 版 (signature holds under key {valid.Kid}, token version {v.PayloadVersion})");
            await output.WriteLineAsync($"证书编号 Number:     {v.Number}");
            await output.WriteLineAsync($"姓名 Name:           {v.MaskedName}");
            foreach (var line in Describe(v, result.GetValue(banks)!))
            {
                await output.WriteLineAsync(line);
            }

            if (result.GetValue(idNumber) is { Length: > 0 } id)
            {
                var matches = v.IdDigest.Matches(id);
                await output.WriteLineAsync(matches ? "证件号码 ID number:  相符 (matches)" : "证件号码 ID number:  不符 (does NOT match)");
                if (!matches)
                {
                    return 1;
                }
            }

            await output.WriteLineAsync("注意：离线核验只证明内容真实，不能说明证书当前是否被暂停或撤销；请联网打开核验地址查看状态。");
            await output.WriteLineAsync("Note: offline, only the content is proven; open the verify URL online for the current status.");
            return 0;
        });
        return command;
    }

    private static IEnumerable<string> Describe(SignedCertificate signed, string banks)
    {
        if (signed is PublicCertificateView view)
        {
            yield return $"职业 Occupation:     {view.OccupationName}";
            yield return $"工种 Work type:      {view.WorkType}";
            yield return $"等级 Level:          {view.LevelDisplay ?? "--"}";
            yield return $"发证日期 Issued:     {view.IssueDate:yyyy-MM-dd}";
            yield return $"评价机构 Issuer:     {view.IssuerName}";
            yield break;
        }

        var claims = (CertificateClaims)signed;
        const string Unresolved = "（离线无法解析名称 / name not resolvable offline）";
        var occupation = OccupationName(banks, claims.OccupationCode);
        yield return $"职业 Occupation:     {claims.OccupationCode} {occupation ?? Unresolved}";
        yield return $"工种 Work type:      {claims.WorkType}";
        if (claims.LevelDigit is { } digit)
        {
            yield return $"等级 Level:          {digit} {LevelName(banks, digit) ?? Unresolved}";
        }
        else
        {
            yield return "等级 Level:          -- (专项职业能力，无等级 / specialty, no level)";
        }

        yield return $"发证日期 Issued:     {claims.IssueDate:yyyy-MM-dd}";
        yield return $"评价机构 Issuer:     {claims.IssuerCode}（机构代码；名称离线无法解析，可在 {CertificateRenderer.IssuerLookup} 查询 / registration code: look the name up there）";
    }

    // The level ladder (RULES.md §1) is data: the display form of a digit comes from the banks' catalogue.yaml.
    private static string? LevelName(string banks, int digit) =>
        Sequence(Read(Path.Combine(banks, BankLoader.CatalogueFile)), "levels") is { } levels
            ? levels.Items.OfType<YamlMapping>()
                .Where(l => Text(l, "digit") == digit.ToString(CultureInfo.InvariantCulture) && Text(l, "name") is not null && Text(l, "title") is not null)
                .Select(l => $"{Text(l, "name")}/{Text(l, "title")}")
                .FirstOrDefault()
            : null;

    private static string? OccupationName(string banks, string code) =>
        code.Length == 0 || code.Contains('/') || code.Contains('\\') || code.Contains("..", StringComparison.Ordinal)
            ? null
            : Read(Path.Combine(banks, code, BankLoader.OccupationFile))?.Find("occupation") is YamlMapping occupation ? Text(occupation, "name") : null;

    private static YamlMapping? Read(string path)
    {
        try
        {
            return File.Exists(path) ? YamlTreeReader.Read(path, File.ReadAllText(path), new List<BankProblem>()) as YamlMapping : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static YamlSequence? Sequence(YamlMapping? mapping, string key) => mapping?.Find(key) as YamlSequence;

    private static string? Text(YamlMapping mapping, string key) => (mapping.Find(key) as YamlScalar)?.Value;

    // A verify URL is {base}/v/{number}?t={token}; anything without "?t=" is taken as the token itself.
    private static (string? Number, string Token) Split(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return (null, text);
        }

        var token = uri.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).FirstOrDefault(p => p[0] == "t") is { Length: 2 } pair
            ? Uri.UnescapeDataString(pair[1])
            : "";
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var number = segments.Length >= 2 && segments[^2] == "v" ? Uri.UnescapeDataString(segments[^1]) : null;
        return (number, token);
    }

    private static Dictionary<string, ECDsa>? ReadKeys(string path)
    {
        try
        {
            var set = JsonSerializer.Deserialize<KeySet>(File.ReadAllText(path));
            return set?.Keys is { Count: > 0 } list ? list.ToDictionary(k => k.Kid, k => k.ToPublicKey(), StringComparer.Ordinal) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException or ArgumentException or CryptographicException or FormatException)
        {
            return null;
        }
    }

    private sealed record KeySet([property: System.Text.Json.Serialization.JsonPropertyName("keys")] List<Jwk>? Keys);
}
