namespace CertEngine.Domain.Publicity;

/// <summary>
/// Whether a candidate whose results allow a certificate may have it now as far as 成绩公示 goes: always when the track
/// has 公示 off; otherwise only once their passing results were published, the period has ended and no objection to
/// their line is open (DESIGN.md "After the exam"). While the period runs, an open objection is the reason given: it
/// holds the certificate whatever the date.
/// </summary>
public static class PublicityGate
{
    /// <summary>Null when the certificate may be issued on <paramref name="today"/>; otherwise why it waits.</summary>
    /// <param name="rule">The track's setting.</param>
    /// <param name="standing">The candidate's latest 公示 as passed, or null when none.</param>
    /// <param name="today">Today's date (China time).</param>
    public static Refused<PublicityRefusal>? Waits(PublicityRule rule, PublicityStanding? standing, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (!rule.Required)
        {
            return null;
        }

        if (standing is null)
        {
            return PublicityRefusal.NotPublished;
        }

        // An open objection holds the certificate past the period's end, so it is the reason to give even while the period runs.
        if (today <= standing.End && standing.OpenObjections == 0)
        {
            return Refused.Of(PublicityRefusal.PeriodRunning, standing.PublicityId, standing.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        return standing.OpenObjections > 0 ? Refused.Of(PublicityRefusal.ObjectionOpen, standing.PublicityId) : null;
    }
}
