namespace CertEngine.Domain.Sessions;

/// <summary>
/// A sitting's entry and hand-in rules (RULES.md §4; one province's 考生须知, unconfirmed defaults):
/// entry opens 15 min before the start, no entry once 30 min have passed, no hand-in before 30 min.
/// </summary>
/// <param name="EntryOpensBefore">How long before the start check-in opens.</param>
/// <param name="LateEntryLimit">After this much running time a candidate may no longer start; the limit itself is refused.</param>
/// <param name="EarliestHandIn">Before this much running time a candidate may not hand in.</param>
public sealed record SessionTiming(TimeSpan EntryOpensBefore, TimeSpan LateEntryLimit, TimeSpan EarliestHandIn)
{
    /// <summary>15 / 30 / 30 minutes.</summary>
    public static SessionTiming Default { get; } = new(TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30));
}
