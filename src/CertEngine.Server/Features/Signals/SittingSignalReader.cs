using CertEngine.Domain.Integrity;
using CertEngine.Storage.Records.Integrity;

namespace CertEngine.Server.Features.Signals;

/// <summary>
/// A sitting's integrity signals (issue 20, item 3) from the record store (never grain state) under the bounds of
/// <c>analytics.yaml</c>, through <see cref="SittingSignals"/>. Shared by the API and the chief proctor's page.
/// </summary>
public sealed class SittingSignalReader(ISittingSignalRecords records, AnalyticsSettingsSource settings)
{
    /// <summary>The most submitted papers one sitting's signals compare (every pair: the work grows with the square).</summary>
    public const int MaxAttempts = 1_000;

    /// <summary>The method, as the API names it.</summary>
    public const string Method =
        "error-similarity analysis: identical wrong answers on items both answered wrongly, Poisson-binomial upper tail of c_k = Σ π_o² " +
        "(Bellezza & Bellezza 1989; van der Linden & Sotaridona 2006); Bonferroni over the pairs compared";

    /// <summary>The signals of <paramref name="sessionId"/>; null when it holds more than <see cref="MaxAttempts"/> submitted papers.</summary>
    public async Task<SittingSignalView?> ReadAsync(string sessionId, CancellationToken cancellationToken)
    {
        var stored = await records.ReadAsync(sessionId, MaxAttempts, cancellationToken);
        if (stored.Truncated)
        {
            return null;
        }

        var candidates = stored.Attempts.Select(Conduct).ToList();
        return new SittingSignalView(sessionId, Method, SittingSignals.Compute(candidates, settings.Settings.Signals));
    }

    /// <summary>An attempt as the Domain reads it.</summary>
    public static CandidateConduct Conduct(SittingAttemptRecord attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var responses = attempt.Responses.Select(r => new SittingResponse($"{r.ItemId}@{r.ItemVersion}", r.Position, WrongKinds(r.Type, r.Shown), r.Answer, r.Correct, OnScreen(r.Shown, r.Answer))).ToList();
        var timing = attempt.Conduct is { } c
            ? new AttemptTiming(c.StartedAt, c.SubmittedAt, c.Answers.Select(a => new AnswerTiming(a.Position, a.FirstAt, a.LastAt, a.Changes)).ToList(),
                c.Disconnections, TimeSpan.FromSeconds(c.LongestDisconnectionSeconds), c.LongestFrom)
            : null;
        return new CandidateConduct(attempt.Seat, responses, timing, attempt.Takeovers);
    }

    // The display positions of the labels chosen (A for the first option shown …); a 判断 answer as it is.
    private static string OnScreen(string shown, string answer)
    {
        if (shown.Length == 0 || answer.Length == 0)
        {
            return answer;
        }

        var order = shown.Split(',');
        return string.Join(",", answer.Split(',').Select(label => Array.IndexOf(order, label)).Order().Select(i => i < 0 ? "?" : ((char)('A' + i)).ToString()));
    }

    // 判断: one wrong answer; 单选: every option but the key; 多选: every non-empty set but the key.
    private static int WrongKinds(string type, string shown)
    {
        var options = shown.Length == 0 ? 2 : shown.Split(',').Length;
        return type switch
        {
            "judge" => 1,
            "multiple" => (1 << Math.Min(options, 10)) - 2,
            _ => Math.Max(1, options - 1),
        };
    }
}
