namespace CertEngine.Domain.Accounts;

/// <summary>
/// What a staff password must be (NIST SP 800-63B's advice, as ASP.NET Core Identity leaves it to the application): long
/// enough, and not one an attacker tries first. There are no composition rules (a digit, a capital …): a long passphrase
/// in Chinese or English is a good password.
/// </summary>
/// <remarks>
/// The common-password list is data (shipped with the server); a password is refused when, lowercased and with the
/// digits and symbols around it stripped, it is on the list, or when it is mostly a run along the alphabet, the digits or
/// a keyboard row. Lengths count UTF-16 code units, as the form fields do.
/// </remarks>
public sealed class PasswordPolicy
{
    /// <summary>The shortest password accepted, in characters (inclusive).</summary>
    public const int MinLength = 12;

    /// <summary>The longest password accepted, in characters (inclusive); the hash is over all of it.</summary>
    public const int MaxLength = 128;

    /// <summary>The fewest different characters a password must hold.</summary>
    public const int MinDistinct = 5;

    private static readonly string[] Runs =
    [
        "abcdefghijklmnopqrstuvwxyz", "01234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "1qaz2wsx3edc4rfv5tgb", "qazwsxedcrfvtgb",
    ];

    private static readonly char[] Symbols = "!@#$%^&*()-_=+.,;:?~`'\"[]{}<>/\\| ".ToCharArray();
    private static readonly char[] Digits = "0123456789".ToCharArray();
    private readonly HashSet<string> _common;

    /// <summary>A policy refusing the passwords of <paramref name="commonPasswords"/> (compared in lower case).</summary>
    public PasswordPolicy(IEnumerable<string> commonPasswords)
    {
        ArgumentNullException.ThrowIfNull(commonPasswords);
        _common = new HashSet<string>(
            commonPasswords.Select(p => p.Trim().ToLowerInvariant()).Where(p => p.Length > 0 && !p.StartsWith('#')), StringComparer.Ordinal);
    }

    /// <summary>How many common passwords the policy knows.</summary>
    public int CommonCount => _common.Count;

    /// <summary>The first problem of <paramref name="password"/> for the account <paramref name="userName"/>, or <see langword="null"/> when it is acceptable.</summary>
    public PasswordProblem? Check(string password, string? userName)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (password.Length < MinLength)
        {
            return PasswordProblem.TooShort;
        }

        if (password.Length > MaxLength)
        {
            return PasswordProblem.TooLong;
        }

        var lower = password.ToLowerInvariant();
        if (lower.Distinct().Count() < MinDistinct)
        {
            return PasswordProblem.TooFewCharacters;
        }

        if (SequenceShare(lower) * 2 >= lower.Length)
        {
            return PasswordProblem.Sequence;
        }

        var word = lower.Trim(Symbols);
        var core = word.Trim(Digits).Trim(Symbols);
        if (_common.Contains(lower) || _common.Contains(word) || _common.Contains(core) || (core.Length > 0 && IsRepeatOfCommon(core)))
        {
            return PasswordProblem.Common;
        }

        var name = userName?.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(name) && name.Length >= 3 && (core == name || lower.Contains(name, StringComparison.Ordinal) && lower.Length - name.Length < 8))
        {
            return PasswordProblem.ContainsUserName;
        }

        return null;
    }

    // A common word typed twice ("passwordpassword") is as weak as the word.
    private bool IsRepeatOfCommon(string core)
    {
        for (var size = 3; size <= core.Length / 2; size++)
        {
            if (core.Length % size == 0 && _common.Contains(core[..size]) && core == string.Concat(Enumerable.Repeat(core[..size], core.Length / size)))
            {
                return true;
            }
        }

        return false;
    }

    // How many characters continue a run (forwards or backwards) along one of the sequences a person types without thinking.
    private static int SequenceShare(string text)
    {
        var inRun = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (Runs.Any(run => Follows(run, text[i - 1], text[i])))
            {
                inRun++;
            }
        }

        return inRun + (inRun > 0 ? 1 : 0);
    }

    private static bool Follows(string run, char previous, char current)
    {
        var at = run.IndexOf(previous, StringComparison.Ordinal);
        while (at >= 0)
        {
            if ((at + 1 < run.Length && run[at + 1] == current) || (at > 0 && run[at - 1] == current))
            {
                return true;
            }

            at = run.IndexOf(previous, at + 1);
        }

        return false;
    }
}
