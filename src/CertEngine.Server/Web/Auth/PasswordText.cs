using CertEngine.Domain.Accounts;

namespace CertEngine.Server.Web.Auth;

/// <summary>The words for a refused password (<see cref="PasswordProblem"/>), Chinese first.</summary>
public static class PasswordText
{
    /// <summary>The sentence for <paramref name="problem"/>.</summary>
    public static string Of(PasswordProblem problem) => problem switch
    {
        PasswordProblem.TooShort => $"密码至少 {PasswordPolicy.MinLength} 个字符，可用一句好记的话 (at least {PasswordPolicy.MinLength} characters; a memorable sentence works well)",
        PasswordProblem.TooLong => $"密码不超过 {PasswordPolicy.MaxLength} 个字符 (at most {PasswordPolicy.MaxLength} characters)",
        PasswordProblem.TooFewCharacters => $"密码至少包含 {PasswordPolicy.MinDistinct} 个不同的字符 (use at least {PasswordPolicy.MinDistinct} different characters)",
        PasswordProblem.Sequence => "密码不能是连续的字母、数字或键盘序列 (not a run of letters, digits or keyboard keys)",
        PasswordProblem.Common => "这是最常被猜中的密码之一，请换一个 (this is one of the passwords guessed first; choose another)",
        PasswordProblem.ContainsUserName => "密码不能以用户名为主 (the password must not be built around the user name)",
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
    };
}
