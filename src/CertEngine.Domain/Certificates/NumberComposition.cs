namespace CertEngine.Domain.Certificates;

/// <summary>The outcome of composing a certificate number.</summary>
public abstract record NumberComposition
{
    private NumberComposition()
    {
    }

    /// <summary>The number, ready to print and to store.</summary>
    public sealed record Composed(string Number) : NumberComposition;

    /// <summary>No number can be made: the serial has run out, or the scheme needs a level it was not given (or refuses one).</summary>
    /// <param name="Reason">Why.</param>
    /// <param name="Serial">For <see cref="NumberFailure.SerialExhausted"/>, the serial asked for; otherwise null.</param>
    /// <param name="MaxSerial">For <see cref="NumberFailure.SerialExhausted"/>, the largest serial the scheme has; otherwise null.</param>
    public sealed record Refused(NumberFailure Reason, int? Serial = null, int? MaxSerial = null) : NumberComposition;
}
