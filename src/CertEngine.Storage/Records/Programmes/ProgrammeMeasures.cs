namespace CertEngine.Storage.Records.Programmes;

/// <summary>The measures of <see cref="ProgrammeCell"/> (docs/programme.md "Definitions").</summary>
public static class ProgrammeMeasures
{
    /// <summary>Enrolled on the track (资格审核 passed) in the month.</summary>
    public const string Registered = "registered";

    /// <summary>First result on the track in the year, dated by that result's exam date.</summary>
    public const string Assessed = "assessed";

    /// <summary>Sat the component in the year (per component).</summary>
    public const string Sat = "sat";

    /// <summary>Passed the component in the year (per component).</summary>
    public const string PassedComponent = "passed-component";

    /// <summary>Passed every component the track has, the last of them in the year.</summary>
    public const string Passed = "passed";

    /// <summary>Certificate issued in the year (not a reissue, not revoked).</summary>
    public const string Certified = "certified";

    /// <summary>培训补贴 claims submitted or paid, by the certificate's issue month (component: the claim state).</summary>
    public const string Claims = "claims";
}
