namespace CertEngine.Domain.Accounts;

/// <summary>Why a staff password is refused (<see cref="PasswordPolicy"/>).</summary>
public enum PasswordProblem
{
    /// <summary>Shorter than <see cref="PasswordPolicy.MinLength"/> characters.</summary>
    TooShort,

    /// <summary>Longer than <see cref="PasswordPolicy.MaxLength"/> characters.</summary>
    TooLong,

    /// <summary>Fewer than <see cref="PasswordPolicy.MinDistinct"/> different characters (<c>aaaaaaaaaaaa</c>, <c>abababababab</c>).</summary>
    TooFewCharacters,

    /// <summary>A run along the alphabet, the digits or a keyboard row (<c>123456789012</c>, <c>abcdefghijkl</c>, <c>qwertyuiop12</c>).</summary>
    Sequence,

    /// <summary>One of the most common passwords, or one with only digits and symbols added around it (<c>password2026!</c>).</summary>
    Common,

    /// <summary>The user name itself, or built around it.</summary>
    ContainsUserName,
}
