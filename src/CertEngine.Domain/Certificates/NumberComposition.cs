namespace CertEngine.Domain.Certificates;

/// <summary>The outcome of composing a certificate number.</summary>
public abstract record NumberComposition
{
    private NumberComposition()
    {
    }

    /// <summary>The number, ready to print and to store.</summary>
    public sealed record Composed(string Number) : NumberComposition;

    /// <summary>No number can be made: the serial has run out, or the scheme needs a level it was not given.</summary>
    /// <param name="Reason">In Chinese, with English.</param>
    public sealed record Refused(string Reason) : NumberComposition;
}
