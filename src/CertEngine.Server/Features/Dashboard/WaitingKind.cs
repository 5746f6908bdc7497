namespace CertEngine.Server.Features.Dashboard;

/// <summary>The kinds of waiting work the dashboard counts.</summary>
public enum WaitingKind
{
    /// <summary>Sittings whose check-in is open: candidates arrive.</summary>
    CheckInOpen,

    /// <summary>Sittings running or paused: to watch and close.</summary>
    Running,

    /// <summary>Practical sheets this assessor has not yet signed in sittings that have started.</summary>
    SheetsToScore,

    /// <summary>Cases held for the chief assessor's adjudication.</summary>
    Adjudications,

    /// <summary>Applications waiting for eligibility review (资格审核).</summary>
    EligibilityReviews,

    /// <summary>Closed sittings whose results wait for 成绩公示.</summary>
    ResultsToPublish,

    /// <summary>Objections to 公示 lines not closed (each holds a certificate back).</summary>
    OpenObjections,

    /// <summary>Candidates whose certificates wait for a 公示 period that ends on <see cref="WaitingWork.Until"/>.</summary>
    CertificatesAfterPublicity,
}
