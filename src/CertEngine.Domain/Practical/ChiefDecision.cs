namespace CertEngine.Domain.Practical;

/// <summary>The chief assessor's (考评组长) decision on a task held for adjudication (裁定).</summary>
/// <param name="Score">Points on the task's scale, from 0 to the task's points (inclusive).</param>
/// <param name="Reason">Why; never blank.</param>
public sealed record ChiefDecision(decimal Score, string Reason);
