using CertEngine.Domain.Exports;

namespace CertEngine.Domain.Tests.Exports;

public sealed class NationalFieldsTests
{
    [Theory]
    [InlineData("140402198501010011", "男")]
    [InlineData("140402198501010021", "女")]
    [InlineData("14040219850101001X", "男")]
    [InlineData("1404021985", "")]
    [InlineData(null, "")]
    public void Sex_FromTheSeventeenthCharacter(string? idNumber, string expected) => Assert.Equal(expected, NationalFields.Sex(idNumber));

    [Theory]
    [InlineData(5, "五级/初级工")]
    [InlineData(4, "四级/中级工")]
    [InlineData(1, "一级/高级技师")]
    [InlineData(7, "7")]
    [InlineData(null, "")]
    public void LevelDisplay_TheNationalForm(int? digit, string expected) => Assert.Equal(expected, NationalFields.LevelDisplay(digit));
}
