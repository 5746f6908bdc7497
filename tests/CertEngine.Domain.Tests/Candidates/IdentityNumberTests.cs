using CertEngine.Domain.Candidates;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CertEngine.Domain.Tests.Candidates;

public sealed class IdentityNumberTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("11010519491231002X", 1949, 12, 31)] // GB 11643's own example
    [InlineData("11010519491231002x", 1949, 12, 31)]
    [InlineData(" 440524188001010014 ", 1880, 1, 1)]
    public void TryParse_ValidNumbers_GiveTheBirthDate(string text, int year, int month, int day)
    {
        var (number, problem) = IdentityNumber.TryParse(text, Today);

        Assert.Null(problem);
        Assert.Equal(new DateOnly(year, month, day), number!.Value.BirthDate);
        Assert.Equal(text.Trim().ToUpperInvariant(), number.Value.Value);
    }

    [Theory]
    [InlineData("110105194912310021", IdentityNumberProblem.CheckCharacter)]
    [InlineData("11010519491231002", IdentityNumberProblem.Format)]
    [InlineData("1101051949123100X2", IdentityNumberProblem.Format)]
    [InlineData("", IdentityNumberProblem.Format)]
    [InlineData(null, IdentityNumberProblem.Format)]
    [InlineData("110105194902300020", IdentityNumberProblem.BirthDate)]
    [InlineData("110105203001010020", IdentityNumberProblem.BirthDateInFuture)]
    public void TryParse_BadNumbers_NameTheProblem(string? text, IdentityNumberProblem expected)
    {
        var (number, problem) = IdentityNumber.TryParse(text, Today);

        Assert.Null(number);
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void Masked_Default_KeepsFourAtEachEnd()
    {
        var number = IdentityNumber.TryParse("11010519491231002X", Today).Number!.Value;

        Assert.Equal("1101**********002X", number.Masked());
    }

    [Property(MaxTest = 500)]
    public Property TryParse_AnySingleCharacterChanged_IsRejected(PositiveInt seed, NonNegativeInt position, NonNegativeInt replacement)
    {
        var valid = Build(seed.Get);
        var at = position.Get % 18;
        var alphabet = at == 17 ? "0123456789X" : "0123456789";
        var changed = alphabet[replacement.Get % alphabet.Length];
        var damaged = valid[..at] + changed + valid[(at + 1)..];

        // MOD 11-2 detects every single-character substitution; a changed date may also fail the date check.
        return (changed == valid[at] || IdentityNumber.TryParse(damaged, Today).Number is null)
            .Label($"{valid} → {damaged}");
    }

    [Property(MaxTest = 500)]
    public Property TryParse_BodyWithItsCheckCharacter_IsAccepted(PositiveInt seed) =>
        (IdentityNumber.TryParse(Build(seed.Get), Today).Number is not null).Label(Build(seed.Get));

    private static string Build(int seed)
    {
        var random = new Random(seed);
        var birth = new DateOnly(1930, 1, 1).AddDays(random.Next(0, 365 * 90));
        var body = $"{random.Next(110000, 659999):D6}{birth:yyyyMMdd}{random.Next(0, 1000):D3}";
        return body + IdentityNumber.CheckCharacterOf(body);
    }
}
