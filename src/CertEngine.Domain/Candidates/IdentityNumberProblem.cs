namespace CertEngine.Domain.Candidates;

/// <summary>Why a text is not a valid citizen identity number (公民身份号码).</summary>
public enum IdentityNumberProblem
{
    /// <summary>Not 17 digits followed by a digit or X.</summary>
    Format,

    /// <summary>Positions 7–14 are not a real calendar date.</summary>
    BirthDate,

    /// <summary>The birth date lies after the day of the check.</summary>
    BirthDateInFuture,

    /// <summary>The 18th character is not the ISO 7064 MOD 11-2 check character of the first 17.</summary>
    CheckCharacter,
}
