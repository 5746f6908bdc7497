using CertEngine.Domain.Papers;
using CertEngine.Domain.QuestionBanks;

namespace CertEngine.Domain.Scoring;

/// <summary>Draws the practical tasks (操作技能考核试题) of one seat (考位) from a practical blueprint (RULES.md §4, §6).</summary>
public static class PracticalDraw
{
    /// <summary>
    /// For each of the blueprint's draws (职业功能 node → count), in the blueprint's order: the pool is the bank's tasks
    /// under that node that apply to the blueprint's level and 工种, sorted by task id; the seed and the node id fix one
    /// permutation of it, and seat <c>s</c> takes the positions <c>s·count … s·count + count − 1</c>, wrapping round.
    /// Like dealing cards, consecutive seats share the pool evenly (over any run of seats, two tasks of a pool are
    /// used at most once apart in number), and one seat never gets the same task twice.
    /// </summary>
    /// <param name="seed">The session's draw seed; the same seed, bank and seat give the same tasks.</param>
    /// <param name="seat">The 0-based seat (考位) number.</param>
    /// <exception cref="ArgumentException">The blueprint is not practical, or a pool holds fewer tasks than it draws.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The seat is negative.</exception>
    public static IReadOnlyList<PracticalTask> Draw(Bank bank, Blueprint practicalBlueprint, ulong seed, int seat)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(practicalBlueprint);
        ArgumentOutOfRangeException.ThrowIfNegative(seat);
        if (practicalBlueprint.Mode != BlueprintMode.Practical)
        {
            throw new ArgumentException($"blueprint {practicalBlueprint.Name} is not a practical one", nameof(practicalBlueprint));
        }

        var drawn = new List<PracticalTask>();
        foreach (var draw in practicalBlueprint.Tasks)
        {
            var pool = bank.Tasks
                .Where(t => BankValidator.TaskNode(bank, t) is { } node && bank.IsWithin(node, draw.NodeId)
                    && bank.AppliesTo(node, practicalBlueprint.Level, practicalBlueprint.WorkType))
                .OrderBy(t => t.Id, StringComparer.Ordinal)
                .ToList();
            if (pool.Count < draw.Count)
            {
                throw new ArgumentException($"blueprint {practicalBlueprint.Name}: '{draw.NodeId}' holds {pool.Count} tasks and draws {draw.Count}", nameof(practicalBlueprint));
            }

            var shuffled = pool.ToArray();
            new SplitMix64(SplitMix64.Derive(seed, draw.NodeId)).Shuffle(shuffled.AsSpan());
            var start = (long)seat * draw.Count;
            for (var j = 0; j < draw.Count; j++)
            {
                drawn.Add(shuffled[(int)((start + j) % shuffled.Length)]);
            }
        }

        return drawn;
    }
}
