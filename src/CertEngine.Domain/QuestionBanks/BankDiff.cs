using CertEngine.Domain.QuestionBanks.Publishing;

namespace CertEngine.Domain.QuestionBanks;

/// <summary>What happened to one piece of content between two bank versions.</summary>
public enum ChangeKind
{
    /// <summary>In the newer version only.</summary>
    Added,
    /// <summary>In the older version only.</summary>
    Removed,
    /// <summary>In both, with different content.</summary>
    Changed,
}

/// <summary>One difference between two banks: an item, a task, or a whole part (syllabus, blueprints, occupation).</summary>
/// <param name="What"><c>item</c>, <c>task</c>, <c>syllabus</c>, <c>blueprints</c> or <c>occupation</c>.</param>
/// <param name="Detail">For a changed item or task: its versions and the fields that differ.</param>
public sealed record BankChange(ChangeKind Kind, string What, string Id, string Detail)
{
    /// <summary>Formats as <c>+ item id</c>, <c>- item id</c> or <c>~ item id: detail</c>.</summary>
    public override string ToString()
    {
        var sign = Kind switch { ChangeKind.Added => "+", ChangeKind.Removed => "-", _ => "~" };
        return Detail.Length == 0 ? $"{sign} {What} {Id}" : $"{sign} {What} {Id}: {Detail}";
    }
}

/// <summary>Lists what was added, removed and changed from one bank version to another (<c>bank diff A B</c>).</summary>
public static class BankDiff
{
    /// <summary>The changes that turn <paramref name="from"/> into <paramref name="to"/>, parts first, then items and tasks by id.</summary>
    public static IReadOnlyList<BankChange> Compare(Bank from, Bank to)
    {
        var changes = new List<BankChange>();
        if (ContentHash.OfOccupation(from) != ContentHash.OfOccupation(to))
        {
            changes.Add(new(ChangeKind.Changed, "occupation", from.Occupation.Code, ""));
        }

        if (ContentHash.OfSyllabus(from) != ContentHash.OfSyllabus(to))
        {
            var nodes = Compare(from.Nodes.Select(n => n.Id), to.Nodes.Select(n => n.Id));
            var elements = Compare(from.Elements.Select(e => e.Id), to.Elements.Select(e => e.Id));
            changes.Add(new(ChangeKind.Changed, "syllabus", from.Occupation.Code,
                $"nodes +{nodes.Added.Count} -{nodes.Removed.Count}, elements +{elements.Added.Count} -{elements.Removed.Count}"));
        }

        if (ContentHash.OfBlueprints(from) != ContentHash.OfBlueprints(to))
        {
            changes.Add(new(ChangeKind.Changed, "blueprints", from.Occupation.Code, ""));
        }

        Content(changes, "item", from.Items.ToDictionary(i => i.Id), to.Items.ToDictionary(i => i.Id), i => i.Version, ItemFields);
        Content(changes, "task", from.Tasks.ToDictionary(t => t.Id), to.Tasks.ToDictionary(t => t.Id), t => t.Version, TaskFields);
        return changes;
    }

    private static (List<string> Added, List<string> Removed) Compare(IEnumerable<string> a, IEnumerable<string> b)
    {
        var left = a.ToHashSet(StringComparer.Ordinal);
        var right = b.ToHashSet(StringComparer.Ordinal);
        return (right.Except(left).ToList(), left.Except(right).ToList());
    }

    private static void Content<T>(List<BankChange> changes, string what, Dictionary<string, T> from, Dictionary<string, T> to,
        Func<T, int> version, Func<T, T, IEnumerable<string>> fields)
    {
        foreach (var id in from.Keys.Union(to.Keys).Order(StringComparer.Ordinal))
        {
            var before = from.GetValueOrDefault(id);
            var after = to.GetValueOrDefault(id);
            if (before is null && after is not null)
            {
                changes.Add(new(ChangeKind.Added, what, id, $"v{version(after)}"));
            }
            else if (after is null && before is not null)
            {
                changes.Add(new(ChangeKind.Removed, what, id, $"v{version(before)}"));
            }
            else if (before is not null && after is not null && fields(before, after).ToList() is { Count: > 0 } changed)
            {
                changes.Add(new(ChangeKind.Changed, what, id, $"v{version(before)} → v{version(after)}: {string.Join(", ", changed)}"));
            }
        }
    }

    private static IEnumerable<string> ItemFields(Item a, Item b)
    {
        if (a.Type != b.Type) { yield return "type"; }
        if (a.ElementId != b.ElementId) { yield return "element"; }
        if (a.Difficulty != b.Difficulty) { yield return "difficulty"; }
        if (a.Stem != b.Stem) { yield return "stem"; }
        if (!a.Options.SequenceEqual(b.Options)) { yield return "options"; }
        if (!a.Key.Order().SequenceEqual(b.Key.Order())) { yield return "key"; }
        if (!a.Enemies.Order().SequenceEqual(b.Enemies.Order())) { yield return "enemies"; }
        if (a.Explanation != b.Explanation) { yield return "explanation"; }
        if (a.Version != b.Version && ContentHash.Of(a with { Version = b.Version }) == ContentHash.Of(b)) { yield return "version only"; }
    }

    private static IEnumerable<string> TaskFields(PracticalTask a, PracticalTask b)
    {
        if (a.NodeId != b.NodeId) { yield return "element"; }
        if (a.Title != b.Title) { yield return "title"; }
        if (a.Minutes != b.Minutes) { yield return "minutes"; }
        if (a.Points != b.Points) { yield return "points"; }
        if (!a.Materials.SequenceEqual(b.Materials)) { yield return "materials"; }
        if (a.Instructions != b.Instructions) { yield return "instructions"; }
        if (!a.Criteria.SequenceEqual(b.Criteria)) { yield return "criteria"; }
        if (!a.Vetoes.SequenceEqual(b.Vetoes)) { yield return "vetoes"; }
        if (a.Reset != b.Reset) { yield return "reset"; }
        if (a.Version != b.Version && ContentHash.Of(a with { Version = b.Version }) == ContentHash.Of(b)) { yield return "version only"; }
    }
}
