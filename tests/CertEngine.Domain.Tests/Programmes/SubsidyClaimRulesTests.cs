using CertEngine.Domain.Programmes;

namespace CertEngine.Domain.Tests.Programmes;

/// <summary>The claim lifecycle and the 12-month window (培训补贴).</summary>
public sealed class SubsidyClaimRulesTests
{
    private static readonly SubsidyRules Rules = new("city", "某市", "", false, 12, [], new Dictionary<int, decimal> { [5] = 1000m, [4] = 1500m }, 500m,
        new Dictionary<string, SubsidyOverride> { ["ZX-A"] = new(new Dictionary<int, decimal>(), 800m), ["1-1"] = new(new Dictionary<int, decimal> { [4] = 1800m }, null) });

    private static readonly DateOnly Issued = new(2025, 3, 31);

    [Theory]
    [InlineData(2026, 3, 31, true)]
    [InlineData(2026, 4, 1, false)]
    [InlineData(2025, 3, 31, true)]
    [InlineData(2025, 3, 30, false)]
    public void WithinWindow_TwelveMonthsAfterIssue_LastDayIncluded(int year, int month, int day, bool within)
    {
        Assert.Equal(within, Rules.WithinWindow(Issued, new DateOnly(year, month, day)));
    }

    [Fact]
    public void Submit_AfterTheWindow_IsRefusedWithTheDeadline()
    {
        var refused = SubsidyClaimRules.Change(SubsidyClaimState.Draft, SubsidyClaimState.Submitted, "", Issued, new DateOnly(2026, 4, 1), Rules);

        Assert.Equal(SubsidyRefusal.WindowClosed, refused?.Reason);
        Assert.Equal(["12", "2026-03-31"], refused!.Args);
    }

    [Fact]
    public void PayOrRefuse_AfterTheWindow_IsAllowed()
    {
        var late = new DateOnly(2027, 1, 1);

        Assert.Null(SubsidyClaimRules.Change(SubsidyClaimState.Submitted, SubsidyClaimState.Paid, "", Issued, late, Rules));
        Assert.Null(SubsidyClaimRules.Change(SubsidyClaimState.Submitted, SubsidyClaimState.Refused, "材料不全", Issued, late, Rules));
    }

    [Theory]
    [InlineData(SubsidyClaimState.Paid, SubsidyClaimState.Draft)]
    [InlineData(SubsidyClaimState.Paid, SubsidyClaimState.Refused)]
    [InlineData(SubsidyClaimState.Draft, SubsidyClaimState.Paid)]
    [InlineData(SubsidyClaimState.Draft, SubsidyClaimState.Draft)]
    [InlineData(SubsidyClaimState.Refused, SubsidyClaimState.Paid)]
    public void Change_StepTheLifecycleLacks_IsRefused(SubsidyClaimState from, SubsidyClaimState to)
    {
        Assert.Equal(SubsidyRefusal.TransitionNotAllowed, SubsidyClaimRules.Change(from, to, "x", Issued, Issued, Rules)?.Reason);
    }

    [Fact]
    public void Refuse_WithoutReasonOrWithTooLongAReason_IsRefused()
    {
        Assert.Equal(SubsidyRefusal.ReasonRequired, SubsidyClaimRules.Change(SubsidyClaimState.Submitted, SubsidyClaimState.Refused, " ", Issued, Issued, Rules)?.Reason);
        Assert.Equal(SubsidyRefusal.ReasonTooLong, SubsidyClaimRules.Change(SubsidyClaimState.Submitted, SubsidyClaimState.Refused, new string('长', 501), Issued, Issued, Rules)?.Reason);
    }

    [Fact]
    public void Amount_LevelSpecialtyAndOverrides()
    {
        Assert.Equal(1000m, Rules.Amount("2-2", 5)?.Yuan);
        Assert.Equal(1800m, Rules.Amount("1-1", 4)?.Yuan);
        Assert.Equal(1000m, Rules.Amount("1-1", 5)?.Yuan);
        Assert.Equal(800m, Rules.Amount("ZX-A", null)?.Yuan);
        Assert.Equal(500m, Rules.Amount("ZX-B", null)?.Yuan);
        Assert.Null(Rules.Amount("2-2", 3));
    }

    [Fact]
    public void Target_Checked()
    {
        var map = new ProgrammeMap([new ProgrammeDefinition("a", "甲", "A", [])]);

        Assert.Null(new ProgrammeTarget("a", 2023, 2021, 15000).Check(map));
        Assert.Equal(ProgrammeRefusal.UnknownProgramme, new ProgrammeTarget("b", 2023, 2021, 1).Check(map)?.Reason);
        Assert.Equal(ProgrammeRefusal.YearsOutOfRange, new ProgrammeTarget("a", 2023, 2024, 1).Check(map)?.Reason);
        Assert.Equal(ProgrammeRefusal.TargetOutOfRange, new ProgrammeTarget("a", 2023, 2023, -1).Check(map)?.Reason);
    }
}
