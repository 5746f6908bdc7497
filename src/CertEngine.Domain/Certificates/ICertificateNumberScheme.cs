namespace CertEngine.Domain.Certificates;

/// <summary>
/// A numbering scheme for one certificate kind: composes numbers the engine allocates and validates numbers allocated
/// elsewhere (for example by the provincial 人社 system). Uniqueness is the caller's check (RULES.md §9 step 5).
/// </summary>
public interface ICertificateNumberScheme
{
    /// <summary>The certificate kind this scheme numbers.</summary>
    CertificateKind Kind { get; }

    /// <summary>Composes the number of the <paramref name="serial"/>-th certificate.</summary>
    /// <param name="issuer">A registration that passed <see cref="IssuerRegistration.Create"/>.</param>
    /// <param name="levelDigit">The certified level's digit; null for a kind without levels.</param>
    /// <param name="serial">The 证书序列码, from 1; above the scheme's largest serial gives <see cref="NumberComposition.Refused"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The serial is below 1.</exception>
    NumberComposition Compose(IssuerRegistration issuer, DateOnly issueDate, int? levelDigit, int serial);

    /// <summary>Checks a number against its issuer, issue date and level; empty when it holds.</summary>
    /// <param name="levelDigit">The certified level's digit; null for a kind without levels.</param>
    /// <param name="validLevels">The occupation's valid level digits.</param>
    IReadOnlyList<CertificateNumberProblem> Validate(string number, IssuerRegistration issuer, DateOnly issueDate, int? levelDigit, IReadOnlyList<int> validLevels);
}
