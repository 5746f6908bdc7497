using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace CertEngine.Domain.QuestionBanks.Publishing;

/// <summary>
/// SHA-256 of bank content in a canonical form (JSON with fixed field order), so the hash depends on what
/// an item says, not on how its YAML was laid out.
/// </summary>
public static class ContentHash
{
    /// <summary>The hash of an item's content, as 64 lowercase hex digits.</summary>
    public static string Of(Item item) => Hash(w =>
    {
        w.WriteString("id", item.Id);
        w.WriteNumber("version", item.Version);
        w.WriteString("type", item.Type.ToYaml());
        w.WriteString("element", item.ElementId);
        w.WriteNumber("difficulty", item.Difficulty);
        w.WriteString("stem", item.Stem);
        w.WriteStartArray("options");
        foreach (var option in item.Options)
        {
            w.WriteStartArray();
            w.WriteStringValue(option.Label);
            w.WriteStringValue(option.Text);
            w.WriteEndArray();
        }

        w.WriteEndArray();
        Strings(w, "key", item.Key.Order(StringComparer.Ordinal));
        Strings(w, "enemies", item.Enemies.Order(StringComparer.Ordinal));
        w.WriteString("explanation", item.Explanation);
    });

    /// <summary>The hash of a practical task's content.</summary>
    public static string Of(PracticalTask task) => Hash(w =>
    {
        w.WriteString("id", task.Id);
        w.WriteNumber("version", task.Version);
        w.WriteString("element", task.NodeId);
        w.WriteString("title", task.Title);
        w.WriteNumber("minutes", task.Minutes);
        w.WriteString("points", Number(task.Points));
        if (task.MarkStep != PracticalTask.HalfPoints)
        {
            // Hashed only when not the default, so the hashes of tasks published before mark-step existed stay the same.
            w.WriteString("mark-step", Number(task.MarkStep));
        }

        Strings(w, "materials", task.Materials);
        w.WriteString("instructions", task.Instructions);
        w.WriteStartArray("criteria");
        foreach (var c in task.Criteria)
        {
            w.WriteStartArray();
            w.WriteStringValue(c.Id);
            w.WriteStringValue(c.Name);
            w.WriteStringValue(Number(c.Points));
            w.WriteStringValue(c.Standard);
            w.WriteEndArray();
        }

        w.WriteEndArray();
        Strings(w, "vetoes", task.Vetoes);
        if (task.Reset is { } reset)
        {
            // Hashed only when written, so the hashes of tasks published before reset existed stay the same.
            w.WriteString("reset", reset);
        }
    });

    /// <summary>The hash of the syllabus: nodes, elements and weights.</summary>
    public static string OfSyllabus(Bank bank) => Hash(w =>
    {
        w.WriteStartArray("nodes");
        foreach (var n in bank.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal))
        {
            w.WriteStringValue(string.Join('|', n.Id, n.Name, n.ParentId, Join(n.Levels), Join(n.WorkTypes), n.Xyz));
        }

        w.WriteEndArray();
        w.WriteStartArray("elements");
        foreach (var e in bank.Elements.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            w.WriteStringValue(string.Join('|', e.Id, e.Name, e.Tag, e.NodeId));
        }

        w.WriteEndArray();
        w.WriteStartArray("weights");
        foreach (var x in bank.Weights.OrderBy(x => x.Table).ThenBy(x => x.Level).ThenBy(x => x.WorkType, StringComparer.Ordinal).ThenBy(x => x.NodeId, StringComparer.Ordinal))
        {
            // A 工种's own table adds its name; a level's table hashes as it always has, so published hashes stay the same.
            w.WriteStringValue(x.WorkType is null
                ? string.Join('|', x.Table, x.Level, x.NodeId, Number(x.Percent))
                : string.Join('|', x.Table, x.Level, x.NodeId, Number(x.Percent), x.WorkType));
        }

        w.WriteEndArray();
    });

    /// <summary>The hash of the blueprints.</summary>
    public static string OfBlueprints(Bank bank) => Hash(w =>
    {
        w.WriteStartArray("blueprints");
        foreach (var b in bank.Blueprints.OrderBy(b => b.Level).ThenBy(b => b.WorkType, StringComparer.Ordinal).ThenBy(b => b.Mode))
        {
            var sections = b.Sections.Select(s => $"{s.Type.ToYaml()}×{s.Count}×{Number(s.Points)}");
            var cells = b.Cells.OrderBy(c => c.NodeId, StringComparer.Ordinal)
                .Select(c => c.NodeId + ":" + string.Join(',', c.Counts.OrderBy(x => x.Key).Select(x => $"{x.Key.ToYaml()}={x.Value}")));
            var tasks = b.Tasks.OrderBy(t => t.NodeId, StringComparer.Ordinal).Select(t => $"{t.NodeId}={t.Count}");
            var line = string.Join('|', b.Level, b.WorkType, b.Mode, b.Minutes, string.Join(';', sections), string.Join(';', cells), string.Join(';', tasks));

            // The changeover is hashed only when written, so blueprints published before it existed keep their hash.
            w.WriteStringValue(b.Changeover > 0 ? $"{line}|changeover={b.Changeover}" : line);
        }

        w.WriteEndArray();
        if (bank.Reviews.Count > 0)
        {
            // The 综合评审 material is the review component's plan, so it is pinned with the blueprints; hashed only when
            // present, so banks published before it existed keep their hash.
            w.WriteStartArray("review");
            foreach (var r in bank.Reviews.OrderBy(r => r.Level))
            {
                w.WriteStringValue(string.Join('|', r.Level, r.Minutes, r.Draw, string.Join('\u001f', r.Summary.Kinds), r.Summary.MinChars,
                    string.Join('\u001f', r.Summary.Requirements)));
                foreach (var c in r.Criteria)
                {
                    w.WriteStringValue(string.Join('|', "criterion", c.Id, c.Name, Number(c.Points), c.Standard));
                }

                foreach (var q in r.Questions)
                {
                    w.WriteStringValue(string.Join('|', "question", q.Id, q.Version, q.ElementId, q.Text, string.Join('\u001f', q.Points)));
                }
            }

            w.WriteEndArray();
        }
    });

    /// <summary>The hash of the occupation entry, the level catalogue and the publication rules.</summary>
    public static string OfOccupation(Bank bank) => Hash(w =>
    {
        var o = bank.Occupation;
        w.WriteString("occupation", string.Join('|', o.Code, o.Name, o.Standard, o.Edition, o.SyllabusTitle,
            o.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Join(o.Levels)));
        Strings(w, "work-types", o.WorkTypes.OrderBy(x => x.Key).Select(x => $"{x.Key}:{string.Join(',', x.Value)}"));
        Strings(w, "components", o.Components.OrderBy(x => x.Key)
            .Select(x => $"{x.Key}:{string.Join(',', x.Value.Select(c => $"{c.Kind}/{c.Minutes}/{Number(c.PassMark)}"))}"));
        Strings(w, "levels", bank.LevelCatalogue.Select(l => $"{l.Digit}|{l.Name}|{l.Title}"));
        if (o.Specialty is { } s)
        {
            // Written only for a 专项, so the hashes of banks with levels stay as they were published.
            w.WriteString("specialty", string.Join('|', s.CodeUnconfirmed, s.Issuer, s.Definition, s.Audience, s.Requirements));
            Strings(w, "work-tasks", s.WorkTasks.Select(t =>
                $"{t.NodeId}|{Number(t.Percent)}|{string.Join('\u001f', t.Operations)}|{string.Join('\u001f', t.Knowledge)}"));
        }

        var r = bank.Rules;
        Strings(w, "rules", new[] { r.MinPoolRatio, r.MinItemsPerElement, r.MinElementsPerWeight, r.MinElementsPerLevel, r.MinXShare, r.MaxYShare, r.MaxZShare }.Select(Number));
    });

    internal static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Join<T>(IEnumerable<T>? values) => values is null ? "" : string.Join(',', values);

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static string Hash(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }
}
