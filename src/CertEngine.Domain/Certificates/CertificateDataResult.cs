namespace CertEngine.Domain.Certificates;

/// <summary>The outcome of reading or checking certificate data (a province table, an issuer's registration).</summary>
/// <typeparam name="T">What was read.</typeparam>
public abstract record CertificateDataResult<T>
{
    private CertificateDataResult()
    {
    }

    /// <summary>The data is valid.</summary>
    public sealed record Accepted(T Value) : CertificateDataResult<T>;

    /// <summary>The data is not valid; each problem in Chinese (with English), led by <c>file:line:</c> when read from a file.</summary>
    public sealed record Rejected(IReadOnlyList<string> Problems) : CertificateDataResult<T>;
}
