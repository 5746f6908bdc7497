namespace CertEngine.Server.Web.Auth;

/// <summary>The claims a CertEngine sign-in carries, besides the name and role claims.</summary>
public static class CertEngineClaims
{
    /// <summary>The role of a signed-in candidate (not a staff role: a candidate has no account).</summary>
    public const string CandidateRole = "Candidate";

    /// <summary>Staff: the account's security stamp when signing in; a changed stamp ends the sign-in.</summary>
    public const string SecurityStamp = "certengine:stamp";

    /// <summary>Staff: the id of this sign-in, which signing out ends on the server.</summary>
    public const string SignInId = "certengine:sid";

    /// <summary>Candidate: the id of this browser's sign-in; a later sign-in of the same candidate replaces it.</summary>
    public const string Device = "certengine:device";

    /// <summary>Candidate: the sitting they signed in to.</summary>
    public const string Session = "certengine:session";

    /// <summary>Candidate: their ID number, which with the sitting names their attempt.</summary>
    public const string IdNumber = "certengine:id";

    /// <summary>
    /// Candidate: the key of their admission ticket's grain (<see cref="CertEngine.Contracts.Sessions.AdmissionTicketKey"/>).
    /// A cookie from before December 2026 has none: its ticket's grain is keyed by the name claim exactly.
    /// </summary>
    public const string TicketKey = "certengine:ticket";

    /// <summary>The key of a signed-in candidate's admission ticket grain.</summary>
    public static string TicketKeyOf(System.Security.Claims.ClaimsPrincipal candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return candidate.FindFirst(TicketKey)?.Value ?? candidate.Identity?.Name ?? "";
    }
}
