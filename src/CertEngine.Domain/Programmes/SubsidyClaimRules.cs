namespace CertEngine.Domain.Programmes;

/// <summary>
/// The claim lifecycle: draft → submitted → paid, submitted → refused (with the 人社局's reason) → submitted again or back
/// to draft, submitted → draft (withdrawn). Paid is final. Submitting needs the window to be open.
/// </summary>
public static class SubsidyClaimRules
{
    /// <summary>The longest reason kept.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>
    /// Whether a claim may move from <paramref name="from"/> to <paramref name="to"/> on <paramref name="today"/>; null when
    /// it may, the refusal otherwise.
    /// </summary>
    /// <param name="from">The current state.</param>
    /// <param name="to">The state asked for.</param>
    /// <param name="reason">The reason given (required for <see cref="SubsidyClaimState.Refused"/>).</param>
    /// <param name="issuedOn">The certificate's issue date.</param>
    /// <param name="today">Today, China date.</param>
    /// <param name="rules">The city's rules (the window).</param>
    public static Refused<SubsidyRefusal>? Change(SubsidyClaimState from, SubsidyClaimState to, string reason, DateOnly issuedOn, DateOnly today, SubsidyRules rules)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(rules);
        if (!Allowed(from, to))
        {
            return Refused.Of(SubsidyRefusal.TransitionNotAllowed, Name(from), Name(to));
        }

        if (reason.Length > MaxReasonLength)
        {
            return Refused.Of(SubsidyRefusal.ReasonTooLong, MaxReasonLength);
        }

        if (to == SubsidyClaimState.Refused && string.IsNullOrWhiteSpace(reason))
        {
            return SubsidyRefusal.ReasonRequired;
        }

        return to == SubsidyClaimState.Submitted && !rules.WithinWindow(issuedOn, today)
            ? Refused.Of(SubsidyRefusal.WindowClosed, rules.WindowMonths, rules.Deadline(issuedOn).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            : null;
    }

    /// <summary>Whether the lifecycle has the step at all.</summary>
    public static bool Allowed(SubsidyClaimState from, SubsidyClaimState to) => (from, to) switch
    {
        (SubsidyClaimState.Draft, SubsidyClaimState.Submitted) => true,
        (SubsidyClaimState.Submitted, SubsidyClaimState.Paid) => true,
        (SubsidyClaimState.Submitted, SubsidyClaimState.Refused) => true,
        (SubsidyClaimState.Submitted, SubsidyClaimState.Draft) => true,
        (SubsidyClaimState.Refused, SubsidyClaimState.Submitted) => true,
        (SubsidyClaimState.Refused, SubsidyClaimState.Draft) => true,
        _ => false,
    };

    /// <summary>The state's stored name (<c>draft</c>, <c>submitted</c>, <c>paid</c>, <c>refused</c>).</summary>
    public static string Name(SubsidyClaimState state) => state switch
    {
        SubsidyClaimState.Draft => "draft",
        SubsidyClaimState.Submitted => "submitted",
        SubsidyClaimState.Paid => "paid",
        SubsidyClaimState.Refused => "refused",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>The state of a stored name, or null for an unknown name.</summary>
    public static SubsidyClaimState? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "draft" => SubsidyClaimState.Draft,
        "submitted" => SubsidyClaimState.Submitted,
        "paid" => SubsidyClaimState.Paid,
        "refused" => SubsidyClaimState.Refused,
        _ => null,
    };
}
