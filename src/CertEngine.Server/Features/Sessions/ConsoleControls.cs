using CertEngine.Domain.Sessions;

namespace CertEngine.Server.Features.Sessions;

/// <summary>
/// Which phases each control of the proctor's console works in, taken from the Domain's own rules (the phase machine,
/// entry and extra time), so the page enables exactly what the sitting would accept. The sitting still checks every
/// action itself; this only keeps a proctor from pressing a button that cannot work.
/// </summary>
public static class ConsoleControls
{
    /// <summary>The control that checks candidates in (one, by ID number, or several at once).</summary>
    public const string CheckIn = "check-in";

    /// <summary>The control that gives one candidate extra time.</summary>
    public const string Extend = "extend";

    /// <summary>The control that records a misconduct step (voiding a result also works after the close).</summary>
    public const string Misconduct = "misconduct";

    /// <summary>The phases (as the API writes them, e.g. <c>checkin</c>) in which <paramref name="action"/> is allowed, space-separated.</summary>
    public static string Phases(SessionAction action) => Join(p => SessionTransitions.Next(p, action) is not null);

    /// <summary>The phases in which a console control that is not a phase change (<see cref="CheckIn"/>, <see cref="Extend"/>) works.</summary>
    public static string Phases(string control) => control switch
    {
        // A practical candidate may enter while it runs; a late theory candidate too, within the limit the sitting checks.
        CheckIn => Join(p => SittingRules.Entry(p, theory: false, null, DateTimeOffset.MinValue, SessionTiming.Default) is null),
        Extend => Join(p => SittingRules.ExtraTime(hasReason: true, onTheoryRoster: true, p) is null),
        Misconduct => Join(p => SittingRules.Misconduct(p, checkedIn: true, hasReason: true, voidsResult: true) is null),
        _ => throw new ArgumentOutOfRangeException(nameof(control), control, null),
    };

    /// <summary>Whether a control whose phases are <paramref name="phases"/> works in <paramref name="status"/>.</summary>
    public static bool Works(string phases, string status) =>
        phases.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(status, StringComparer.Ordinal);

    private static string Join(Func<SessionPhase, bool> allowed) =>
        string.Join(' ', Enum.GetValues<SessionPhase>().Where(allowed).Select(p => p.ToString().ToLowerInvariant()));
}
