namespace CertEngine.Domain.QuestionBanks.Lint;

/// <summary>One bank-level figure that lint measured against a threshold, for the summary (键最长占比 0.54 &gt; 0.30 …).</summary>
/// <param name="Rule">The rule (<see cref="BankLintRules"/>).</param>
/// <param name="Level">The level digit the figure is about, or null for the whole bank.</param>
/// <param name="Name">What was measured, e.g. <c>key-longest share</c>.</param>
/// <param name="Value">The measured value (a share from 0 to 1, or a count).</param>
/// <param name="Bound">The bound as written, e.g. <c>≤ 0.30</c>.</param>
/// <param name="Passed">True when the value is within the bound.</param>
public sealed record LintFigure(string Rule, int? Level, string Name, decimal Value, string Bound, bool Passed);
