using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CertEngine.Domain.Certificates;

/// <summary>
/// The version-3 token payload: a JSON array, by position, of
/// <c>[3, number, masked name, salt, hash, occupation code, 工种, level digit or null, issue date as yyyyMMdd, issuer code or null]</c>,
/// UTF-8, CJK unescaped, no white space. Positions rather than member names keep the QR code one version smaller.
/// The issuer code is null when it is the number's first 13 characters, as on every 职业技能等级证书 (RULES.md §9:
/// positions 1–13 are the issuer's registration), so the signed number already names the issuer. The kid is in the
/// protected header only: the header is part of what is signed.
/// </summary>
internal static class CertificateClaimsPayload
{
    private const int Members = 10;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(CertificateClaims claims)
    {
        using var stream = new MemoryStream(160);
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(CertificateClaims.Version);
            writer.WriteStringValue(claims.Number);
            writer.WriteStringValue(claims.MaskedName);
            writer.WriteStringValue(claims.IdDigest.Salt);
            writer.WriteStringValue(claims.IdDigest.Hash);
            writer.WriteStringValue(claims.OccupationCode);
            writer.WriteStringValue(claims.WorkType);
            if (claims.LevelDigit is { } level)
            {
                writer.WriteNumberValue(level);
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WriteNumberValue((claims.IssueDate.Year * 10_000) + (claims.IssueDate.Month * 100) + claims.IssueDate.Day);
            if (IssuerInNumber(claims.Number) == claims.IssuerCode)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStringValue(claims.IssuerCode);
            }
            writer.WriteEndArray();
        }

        return stream.ToArray();
    }

    // A registration code is 13 characters (IssuerRegistration.Code).
    private static string? IssuerInNumber(string number) => number.Length > 13 ? number[..13] : null;

    /// <summary>The claims, or null with the reason when the payload is not a well-formed version-3 payload.</summary>
    public static (CertificateClaims? Claims, string? Problem) Read(byte[] json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() != Members)
            {
                return (null, $"payload is not a JSON array of {Members} members");
            }

            var member = root.EnumerateArray().ToArray();
            if (member[0].ValueKind != JsonValueKind.Number || !member[0].TryGetInt32(out var version) || version != CertificateClaims.Version)
            {
                return (null, "payload version is not 3");
            }

            string? Text(int at) => member[at].ValueKind == JsonValueKind.String ? member[at].GetString() : null;
            int? Whole(int at) => member[at].ValueKind == JsonValueKind.Number && member[at].TryGetInt32(out var value) ? value : null;

            if (Text(1) is not { } number || Text(2) is not { } name || Text(3) is not { } salt || Text(4) is not { } hash
                || Text(5) is not { } occupation || Text(6) is not { } workType
                || (member[9].ValueKind == JsonValueKind.Null ? IssuerInNumber(number) : Text(9)) is not { } issuer)
            {
                return (null, "payload lacks a member");
            }

            var level = Whole(7);
            if (level is null && member[7].ValueKind != JsonValueKind.Null)
            {
                return (null, "payload level is neither a digit nor null");
            }

            if (Whole(8) is not { } date || !DateOnly.TryParseExact(date.ToString(CultureInfo.InvariantCulture), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var issued))
            {
                return (null, "payload issue date is not yyyyMMdd");
            }

            return (new CertificateClaims(number, name, new IdNumberDigest(salt, hash), occupation, workType, level, issued, issuer), null);
        }
        // A string member that is not valid UTF-8 throws InvalidOperationException when read.
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return (null, "payload is not JSON");
        }
    }
}
