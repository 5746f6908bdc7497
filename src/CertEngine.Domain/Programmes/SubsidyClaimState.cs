namespace CertEngine.Domain.Programmes;

/// <summary>Where a 培训补贴 claim stands. A qualifying certificate with no claim stored is a draft.</summary>
public enum SubsidyClaimState
{
    /// <summary>草稿: qualifies, not yet sent.</summary>
    Draft,

    /// <summary>已申报: sent to the 人社局.</summary>
    Submitted,

    /// <summary>已拨付: paid (final).</summary>
    Paid,

    /// <summary>未通过: refused by the 人社局, with its reason; may be corrected and submitted again within the window.</summary>
    Refused,
}
