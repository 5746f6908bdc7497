namespace CertEngine.Server.Features.Verification;

/// <summary>The <c>status</c> values of a verification answer (DESIGN.md contract).</summary>
public static class VerificationStatus
{
    /// <summary>Genuine and in force.</summary>
    public const string Valid = "valid";

    /// <summary>Genuine, held pending an inquiry (暂停).</summary>
    public const string Suspended = "suspended";

    /// <summary>Genuine, withdrawn (撤销) or replaced by a reissued certificate (换发, with <c>replacedBy</c>).</summary>
    public const string Revoked = "revoked";

    /// <summary>No certificate with this number (or, for a manual lookup, none with this number and name).</summary>
    public const string NotFound = "not_found";

    /// <summary>The token was altered, signed by an unknown key, or does not match the stored certificate.</summary>
    public const string Forged = "forged";
}
