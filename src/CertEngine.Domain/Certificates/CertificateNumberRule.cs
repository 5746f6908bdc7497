namespace CertEngine.Domain.Certificates;

/// <summary>The validation steps of a certificate number, numbered as in RULES.md §9 (step 5, uniqueness, is the caller's).</summary>
public enum CertificateNumberRule
{
    /// <summary>1: the number's shape (for the national scheme, <c>^[YS][0-9]{21}$</c>).</summary>
    Format = 1,

    /// <summary>2: the issuer's category, body code, province and station, with 0000 only for a provincial 备案.</summary>
    Issuer = 2,

    /// <summary>3: the year of issue mod 100.</summary>
    Year = 3,

    /// <summary>4: the certified level's digit, valid for the occupation.</summary>
    Level = 4,
}
