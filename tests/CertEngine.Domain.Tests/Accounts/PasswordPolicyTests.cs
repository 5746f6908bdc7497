using CertEngine.Domain.Accounts;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CertEngine.Domain.Tests.Accounts;

public sealed class PasswordPolicyTests
{
    private static readonly PasswordPolicy Policy = new(["# comment", "password", "woaini1314", "qwerty", "admin", ""]);

    [Theory]
    [InlineData("correct-horse-battery")]
    [InlineData("太行山下家政服务员考试")]   // 11 characters: too short even in Chinese
    public void Check_KnownCases(string password)
    {
        var problem = Policy.Check(password, "li.jianguo");

        Assert.Equal(password.Length < PasswordPolicy.MinLength ? PasswordProblem.TooShort : null, problem);
    }

    [Theory]
    [InlineData("aaaaaaaaaaaa", PasswordProblem.TooFewCharacters)]
    [InlineData("abababababab", PasswordProblem.TooFewCharacters)]
    [InlineData("123456789012", PasswordProblem.Sequence)]
    [InlineData("abcdefghijkl", PasswordProblem.Sequence)]
    [InlineData("qwertyuiop12", PasswordProblem.Sequence)]
    [InlineData("1qaz2wsx3edc", PasswordProblem.Sequence)]
    [InlineData("lkjhgfdsa987", PasswordProblem.Sequence)]
    [InlineData("Password2026!", PasswordProblem.Common)]
    [InlineData("!!woaini1314!!", PasswordProblem.Common)]
    [InlineData("passwordpassword", PasswordProblem.Common)]
    [InlineData("li.jianguo2026", PasswordProblem.ContainsUserName)]
    [InlineData("short", PasswordProblem.TooShort)]
    public void Check_WeakPassword_NamesTheProblem(string password, PasswordProblem expected)
    {
        var problem = Policy.Check(password, "li.jianguo");

        Assert.Equal(expected, problem);
    }

    [Fact]
    public void Check_OverMaxLength_TooLong()
    {
        var password = string.Concat(Enumerable.Repeat("长治太行家政服务", 20));

        Assert.Equal(PasswordProblem.TooLong, Policy.Check(password, null));
    }

    [Fact]
    public void Constructor_SkipsCommentsAndBlankLines()
    {
        Assert.Equal(4, Policy.CommonCount);
    }

    [Property(MaxTest = 300)]
    public Property Check_AnythingShorterThanTheMinimum_IsTooShort(NonNull<string> text)
    {
        var password = text.Get.Length >= PasswordPolicy.MinLength ? text.Get[..(PasswordPolicy.MinLength - 1)] : text.Get;

        return (Policy.Check(password, null) == PasswordProblem.TooShort).ToProperty();
    }

    [Property(MaxTest = 200)]
    public Property Check_AnyWindowOfTheDigitRun_IsRefusedAsSequence(PositiveInt start)
    {
        var digits = string.Concat(Enumerable.Repeat("0123456789", 4));
        var password = digits.Substring(start.Get % 10, 14);

        return (Policy.Check(password, null) is PasswordProblem.Sequence or PasswordProblem.TooFewCharacters).ToProperty();
    }

    [Property(MaxTest = 200)]
    public Property Check_CommonWordWithDigitsAround_IsCommon(PositiveInt year)
    {
        var password = "Password" + (year.Get % 10_000).ToString("0000", System.Globalization.CultureInfo.InvariantCulture) + "!";

        return (Policy.Check(password, null) == PasswordProblem.Common).ToProperty();
    }
}
