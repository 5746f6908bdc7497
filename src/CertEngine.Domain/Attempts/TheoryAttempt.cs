using CertEngine.Domain.Tracks;
using CertEngine.Domain.Sessions;

namespace CertEngine.Domain.Attempts;

/// <summary>
/// The rules of one candidate's theory attempt, as a value: which request is allowed in which phase, what the server
/// clock allows, and where each request leads. The grain loads its state into one, asks, saves what it returns.
/// </summary>
/// <param name="Phase">Where the attempt stands.</param>
/// <param name="CheckedIn">Whether the candidate has checked in.</param>
/// <param name="Clock">The attempt's clock once started, else <see langword="null"/>.</param>
/// <param name="QuestionCount">How many questions the paper has.</param>
/// <param name="Extra">Extra time granted so far (kept before the start too, so a proctor may grant it early).</param>
public sealed record TheoryAttempt(AttemptPhase Phase, bool CheckedIn, AttemptClock? Clock, int QuestionCount, TimeSpan Extra)
{
    /// <summary>May the candidate check in? Checking in twice is allowed and changes nothing.</summary>
    public Refused<AttemptRefusal>? CheckIn(bool identityConfirmed) =>
        Phase == AttemptPhase.Unassembled ? AttemptRefusal.NotAssembled
        : !identityConfirmed ? AttemptRefusal.IdentityNotConfirmed
        : null;

    /// <summary>May the clock start? Starting a started attempt is allowed and changes nothing (see <see cref="StartsNow"/>).</summary>
    public Refused<AttemptRefusal>? Start() =>
        Phase == AttemptPhase.Unassembled || !CheckedIn ? AttemptRefusal.NotCheckedIn : null;

    /// <summary>Whether a start request starts the clock now (only from <see cref="AttemptPhase.Ready"/>).</summary>
    public bool StartsNow => Phase == AttemptPhase.Ready;

    /// <summary>May the proctor grant <paramref name="minutes"/> more, under a ceiling per candidate in total?</summary>
    public Refused<AttemptRefusal>? Extend(int minutes, int ceilingMinutes, DateTimeOffset now)
    {
        if (minutes <= 0)
        {
            return AttemptRefusal.ExtraTimeNotPositive;
        }

        var rule = new ExtraTimeRule(Math.Max(0, ceilingMinutes));
        if (!rule.Allows(Extra, TimeSpan.FromMinutes(minutes)))
        {
            return Refused.Of(AttemptRefusal.ExtraTimeCeiling,
                rule.CeilingMinutes, (int)Extra.TotalMinutes, (int)rule.RemainingAfter(Extra).TotalMinutes);
        }

        return Phase is AttemptPhase.Submitted or AttemptPhase.Unassembled ? AttemptRefusal.AlreadySubmitted
            : Clock is { } clock && clock.IsOverAt(now) ? AttemptRefusal.TimeUp
            : null;
    }

    /// <summary>May an answer to question <paramref name="index"/> be saved at <paramref name="now"/> (server time)?</summary>
    public Refused<AttemptRefusal>? Save(int index, DateTimeOffset now) => Phase switch
    {
        AttemptPhase.Submitted => AttemptRefusal.AlreadySubmitted,
        AttemptPhase.Paused => AttemptRefusal.Paused,
        AttemptPhase.Ready or AttemptPhase.Unassembled => AttemptRefusal.NotStarted,
        _ when Clock is null || Clock.IsOverAt(now) => AttemptRefusal.TimeUp,
        _ when index < 0 || index >= QuestionCount => AttemptRefusal.NoSuchQuestion,
        _ => null,
    };

    /// <summary>
    /// May the candidate hand in at <paramref name="now"/>? Not before <see cref="SessionTiming.EarliestHandIn"/> of running
    /// time, unless time is already up. Handing in a submitted attempt is allowed and changes nothing.
    /// </summary>
    public Refused<AttemptRefusal>? HandIn(DateTimeOffset now, SessionTiming timing)
    {
        if (Phase == AttemptPhase.Submitted)
        {
            return null;
        }

        if (Phase != AttemptPhase.Running || Clock is null)
        {
            return AttemptRefusal.NotRunning;
        }

        return HandInOpensIn(now, timing) > TimeSpan.Zero
            ? Refused.Of(AttemptRefusal.HandInTooEarly, (int)timing.EarliestHandIn.TotalMinutes)
            : null;
    }

    /// <summary>
    /// How much more running time must pass, as of <paramref name="now"/>, before the candidate may hand in (what the exam
    /// page counts down): the whole <see cref="SessionTiming.EarliestHandIn"/> before the start, less the time the clock
    /// has run since; it does not shrink during a pause; zero once hand-in is allowed, once time is up and once handed in.
    /// </summary>
    public TimeSpan HandInOpensIn(DateTimeOffset now, SessionTiming timing)
    {
        ArgumentNullException.ThrowIfNull(timing);
        if (Phase == AttemptPhase.Submitted)
        {
            return TimeSpan.Zero;
        }

        if (Clock is not { } clock)
        {
            return timing.EarliestHandIn;
        }

        if (clock.IsOverAt(now))
        {
            return TimeSpan.Zero;
        }

        var ran = (clock.PausedSince is { } since && since < now ? since : now) - clock.Start - clock.Paused;
        var wait = timing.EarliestHandIn - ran;
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    /// <summary>Whether the deadline has passed while the attempt runs, so the server submits it.</summary>
    public bool IsDueAt(DateTimeOffset now) => Phase == AttemptPhase.Running && Clock is { } clock && clock.IsOverAt(now);
}
