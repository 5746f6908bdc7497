using CertEngine.Domain.Candidates;

namespace CertEngine.Domain.Tests.Candidates;

public sealed class CandidateProfileRulesTests
{
    [Theory]
    [InlineData("13800138000")]
    [InlineData("19912345678")]
    [InlineData("0355-2021234")]
    [InlineData("03552021234")]
    [InlineData("010-62345678")]
    [InlineData("")]
    [InlineData(null)]
    public void Check_AMobileOrALandlineWithItsAreaCode_IsAccepted(string? phone)
    {
        Assert.Null(CandidateProfileRules.Check("王秀英", "潞州区", ["春季班"], phone));
    }

    [Theory]
    [InlineData("12345678901")]
    [InlineData("1380013800")]
    [InlineData("138001380001")]
    [InlineData("2021234")]
    [InlineData("+8613800138000")]
    [InlineData("1380013800a")]
    public void Check_AnythingElseAsAPhone_IsPhoneInvalid(string phone)
    {
        Assert.Equal(CandidateRefusal.PhoneInvalid, CandidateProfileRules.Check("王秀英", null, [], phone));
    }

    [Fact]
    public void Check_EachField_IsBoundedAndFreeOfControlCharacters()
    {
        Assert.Equal(CandidateRefusal.NameRequired, CandidateProfileRules.Check("", null, [], null));
        Assert.Equal(CandidateRefusal.NameInvalid, CandidateProfileRules.Check(new string('王', 33), null, [], null));
        Assert.Equal(CandidateRefusal.NameInvalid, CandidateProfileRules.Check("王\n秀英", null, [], null));
        Assert.Null(CandidateProfileRules.Check(new string('王', 32), new string('区', 40), Enumerable.Range(0, 20).Select(i => new string('班', 40)).ToList(), null));
        Assert.Equal(CandidateRefusal.CountyInvalid, CandidateProfileRules.Check("王秀英", new string('区', 41), [], null));
        Assert.Equal(CandidateRefusal.CountyInvalid, CandidateProfileRules.Check("王秀英", "潞州\t区", [], null));
        Assert.Equal(CandidateRefusal.TagsInvalid, CandidateProfileRules.Check("王秀英", null, Enumerable.Range(0, 21).Select(i => $"班{i}").ToList(), null));
        Assert.Equal(CandidateRefusal.TagsInvalid, CandidateProfileRules.Check("王秀英", null, [new string('班', 41)], null));
        Assert.Equal(CandidateRefusal.TagsInvalid, CandidateProfileRules.Check("王秀英", null, ["春季,复训"], null));
    }

    [Fact]
    public void Tidy_TrimsDropsEmptyAndRepeatedTags_AndSpacesInAPhone_KeepingNullAsNotGiven()
    {
        var tidy = CandidateProfileRules.Tidy(" 王秀英 ", "  ", [" 春季班", "", "春季班", "复训 "], " 138 0013 8000 ");
        var notGiven = CandidateProfileRules.Tidy("王秀英", null, null, null);

        Assert.Equal(("王秀英", (string?)null, "13800138000"), (tidy.Name, tidy.County, tidy.Phone));
        Assert.Equal(["春季班", "复训"], tidy.Tags);
        Assert.Null(notGiven.Phone);
        Assert.Equal("", CandidateProfileRules.Tidy("王秀英", null, null, "  ").Phone);
    }
}
