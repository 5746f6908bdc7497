using CertEngine.Contracts;
using CertEngine.Domain.Results;
using CertEngine.Grains.Replies;

namespace CertEngine.Grains.Tracks;

/// <summary>Why the Domain's certification decision is not "ready", as the reply carries it.</summary>
internal static class CertificationReasons
{
    /// <summary>The reply refusal of a decision that is not "ready" (not yet, lapsed, blocked); null for ready.</summary>
    public static Refusal? Why(CertificationDecision decision) => decision switch
    {
        CertificationDecision.NotYet notYet => notYet.Why.ToReply(),
        CertificationDecision.Lapsed lapsed => lapsed.Why.ToReply(),
        CertificationDecision.Blocked blocked => blocked.Why.ToReply(),
        _ => null,
    };
}
