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

/// <summary>Why no certificate number could be composed.</summary>
public enum NumberFailure
{
    /// <summary>A 职业技能等级证书 needs the certified level's digit.</summary>
    LevelRequired = 1,

    /// <summary>A 专项职业能力证书 has no level, and one was given.</summary>
    LevelNotAllowed = 2,

    /// <summary>The serial exceeds the scheme's largest (the year's numbers for this prefix are used up).</summary>
    SerialExhausted = 3,
}
