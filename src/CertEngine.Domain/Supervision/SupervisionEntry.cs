namespace CertEngine.Domain.Supervision;

/// <summary>A supervisor's answer to one checklist item, with a note; <see cref="Answer"/> null: not answered yet (a draft).</summary>
/// <param name="ItemId">The checklist item.</param>
/// <param name="Answer">符合 / 不符合 / 不适用, or null.</param>
/// <param name="Note">What the supervisor saw (empty when nothing to add).</param>
public sealed record SupervisionEntry(string ItemId, SupervisionAnswer? Answer, string Note);
