using CertEngine.Domain.Results;

namespace CertEngine.Domain.Supervision;

/// <summary>逢考必督: which sittings' results must wait for a signed supervision record (<see cref="SupervisionRule"/>).</summary>
public static class SupervisionGate
{
    /// <summary>
    /// Why results from <paramref name="sittings"/> still wait under <paramref name="rule"/>: the first of them (in the order
    /// given) without a signed record in <paramref name="signed"/>; null when none waits or the rule is off.
    /// </summary>
    public static Refused<SupervisionRefusal>? Waits(SupervisionRule rule, IEnumerable<string> sittings, IReadOnlySet<string> signed)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(sittings);
        ArgumentNullException.ThrowIfNull(signed);
        return rule.Required && sittings.FirstOrDefault(s => !signed.Contains(s)) is { } waiting
            ? Refused.Of(SupervisionRefusal.Unsigned, waiting)
            : null;
    }

    /// <summary>
    /// The sittings a certificate rests on: for each component, the sitting of the candidate's latest result that is not
    /// void (the one certification counts), in component order. Earlier attempts of a component no longer matter.
    /// </summary>
    public static IReadOnlyList<string> SittingsCounted(IEnumerable<ComponentResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results.Where(r => !r.Void).GroupBy(r => r.Kind).OrderBy(g => g.Key)
            .Select(g => g.OrderBy(r => r.SatOn).Last().SessionId).Distinct(StringComparer.Ordinal).ToList();
    }
}
