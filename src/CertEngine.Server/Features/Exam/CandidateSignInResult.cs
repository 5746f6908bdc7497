using CertEngine.Server.Web.Auth;

namespace CertEngine.Server.Features.Exam;

/// <summary>How a candidate sign-in ended: signed in to a seat, refused, or refused because the ticket is locked.</summary>
public sealed record CandidateSignInResult(CandidateSeat? Seat, bool IsLocked)
{
    /// <summary>Wrong ticket, ID number or access code, or the sitting is not open.</summary>
    public static CandidateSignInResult Refused { get; } = new(null, false);

    /// <summary>The ticket is locked until the proctor unlocks it.</summary>
    public static CandidateSignInResult Locked { get; } = new(null, true);

    /// <summary>Signed in to <paramref name="seat"/>.</summary>
    public static CandidateSignInResult SignedIn(CandidateSeat seat) => new(seat, false);

    /// <summary>The words for the candidate when refused.</summary>
    public string RefusalText => IsLocked ? CandidateSignIn.LockedRefusal : CandidateSignIn.Refusal;
}
