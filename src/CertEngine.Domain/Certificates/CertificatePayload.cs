using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CertEngine.Domain.Certificates;

/// <summary>
/// The signed token's payload (version 2): canonical JSON of a <see cref="PublicCertificateView"/> and the signing key's
/// id, with the members always in the order v, num, name, idh, salt, occ, wt, lvl, iat, iss, kid, UTF-8, CJK unescaped,
/// no white space. The engine now signs version 3 (<see cref="CertificateClaimsPayload"/>); version 2 is still read, for
/// the certificates issued before. Version 1 (a masked ID number instead of the salted hash, no kid) is no longer read.
/// </summary>
internal static class CertificatePayload
{
    public const int Version = 2;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(PublicCertificateView view, string kid)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("v", Version);
            writer.WriteString("num", view.Number);
            writer.WriteString("name", view.MaskedName);
            writer.WriteString("idh", view.IdDigest.Hash);
            writer.WriteString("salt", view.IdDigest.Salt);
            writer.WriteString("occ", view.OccupationName);
            writer.WriteString("wt", view.WorkType);
            writer.WriteString("lvl", view.LevelDisplay);
            writer.WriteString("iat", view.IssueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteString("iss", view.IssuerName);
            writer.WriteString("kid", kid);
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>The view and the kid it names, or null with the reason when the payload is not a version-2 payload.</summary>
    public static (PublicCertificateView? View, string? Kid, string? Problem) Read(byte[] json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null, "payload is not a JSON object");
            }

            if (!root.TryGetProperty("v", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var v) || v != Version)
            {
                return (null, null, "payload version is not 2");
            }

            string? Text(string name) =>
                root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

            var level = root.TryGetProperty("lvl", out var lvl) && lvl.ValueKind == JsonValueKind.Null ? null : Text("lvl");
            if (Text("num") is not { } number || Text("name") is not { } name || Text("idh") is not { } hash || Text("salt") is not { } salt
                || Text("occ") is not { } occupation || Text("wt") is not { } workType || Text("iss") is not { } issuer || Text("kid") is not { } kid
                || (level is null && lvl.ValueKind != JsonValueKind.Null))
            {
                return (null, null, "payload lacks a member");
            }

            if (!DateOnly.TryParseExact(Text("iat"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var issued))
            {
                return (null, null, "payload iat is not a yyyy-MM-dd date");
            }

            return (new PublicCertificateView(number, name, new IdNumberDigest(salt, hash), occupation, workType, level, issued, issuer), kid, null);
        }
        // A string member that is not valid UTF-8 throws InvalidOperationException when read.
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return (null, null, "payload is not JSON");
        }
    }
}
