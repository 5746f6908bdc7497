using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CertEngine.Domain.Certificates;

/// <summary>
/// The signed token's payload (version 1): canonical JSON of a <see cref="PublicCertificateView"/>, with the members
/// always in the order v, num, name, idn, occ, wt, lvl, iat, iss, UTF-8, CJK unescaped, no white space.
/// </summary>
internal static class CertificatePayload
{
    public const int Version = 1;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(PublicCertificateView view)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("v", Version);
            writer.WriteString("num", view.Number);
            writer.WriteString("name", view.MaskedName);
            writer.WriteString("idn", view.MaskedIdNumber);
            writer.WriteString("occ", view.OccupationName);
            writer.WriteString("wt", view.WorkType);
            writer.WriteString("lvl", view.LevelDisplay);
            writer.WriteString("iat", view.IssueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteString("iss", view.IssuerName);
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>The view, or null with the reason when the payload is not a version-1 payload.</summary>
    public static (PublicCertificateView? View, string? Problem) Read(byte[] json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "payload is not a JSON object");
            }

            if (!root.TryGetProperty("v", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var v) || v != Version)
            {
                return (null, "payload version is not 1");
            }

            string? Text(string name) =>
                root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

            var level = root.TryGetProperty("lvl", out var lvl) && lvl.ValueKind == JsonValueKind.Null ? null : Text("lvl");
            if (Text("num") is not { } number || Text("name") is not { } name || Text("idn") is not { } idn || Text("occ") is not { } occupation
                || Text("wt") is not { } workType || Text("iss") is not { } issuer || (level is null && lvl.ValueKind != JsonValueKind.Null))
            {
                return (null, "payload lacks a member");
            }

            if (!DateOnly.TryParseExact(Text("iat"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var issued))
            {
                return (null, "payload iat is not a yyyy-MM-dd date");
            }

            return (new PublicCertificateView(number, name, idn, occupation, workType, level, issued, issuer), null);
        }
        catch (JsonException)
        {
            return (null, "payload is not JSON");
        }
    }
}
