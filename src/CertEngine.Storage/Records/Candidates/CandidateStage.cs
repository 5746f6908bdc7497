namespace CertEngine.Storage.Records.Candidates;

/// <summary>How far a candidate has come (on one track, or on any): the furthest stage the record store shows.</summary>
public enum CandidateStage
{
    /// <summary>已登记: registered, not enrolled.</summary>
    Registered = 0,

    /// <summary>已申报: enrolled, no result yet.</summary>
    Enrolled = 1,

    /// <summary>已考试: at least one component result recorded, no certificate.</summary>
    Examined = 2,

    /// <summary>已发证: a certificate issued.</summary>
    Certified = 3,
}
