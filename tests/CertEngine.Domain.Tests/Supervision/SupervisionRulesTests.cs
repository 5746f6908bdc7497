using CertEngine.Domain.Supervision;
using FsCheck.Xunit;

namespace CertEngine.Domain.Tests.Supervision;

/// <summary>The checklist and sign-off rules of a supervision record (督导记录).</summary>
public sealed class SupervisionRulesTests
{
    private static readonly SupervisionChecklist Checklist = SupervisionChecklist.Create(
        [new("identity", "人证合一", "Identity"), new("seating", "座位", "Seating"), new("timing", "时间", "Timing")]);

    private static SupervisionFiling All(SupervisionAnswer answer, bool sign = true, string? corrects = null, string note = "") => new(
        Checklist.Items.Select(i => new SupervisionEntry(i.Id, answer, note)).ToList(), "", sign, corrects);

    [Fact]
    public void Check_DraftWithItemsOpen_BeforeTheClose_IsAccepted()
    {
        var draft = new SupervisionFiling([new SupervisionEntry("identity", SupervisionAnswer.Conforms, "")], "在场", Sign: false, Corrects: null);

        Assert.Null(SupervisionRules.Check(Checklist, draft, SupervisionHistory.None, closed: false, cancelled: false));
    }

    [Fact]
    public void Check_SignBeforeTheClose_IsRefused() =>
        Assert.Equal(SupervisionRefusal.SittingNotClosed,
            SupervisionRules.Check(Checklist, All(SupervisionAnswer.Conforms), SupervisionHistory.None, closed: false, cancelled: false)!.Reason);

    [Fact]
    public void Check_SignWithAnItemOpen_NamesTheItem()
    {
        var filing = All(SupervisionAnswer.Conforms) with
        {
            Entries = [new("identity", SupervisionAnswer.Conforms, ""), new("seating", null, "看不清"), new("timing", SupervisionAnswer.Conforms, "")],
        };

        var refused = SupervisionRules.Check(Checklist, filing, SupervisionHistory.None, closed: true, cancelled: false);

        Assert.Equal(SupervisionRefusal.ItemUnanswered, refused!.Reason);
        Assert.Equal(["seating"], refused.Args);
    }

    [Fact]
    public void Check_SignWithAnItemLeftOut_NamesTheItem()
    {
        var filing = All(SupervisionAnswer.Conforms) with { Entries = [new("identity", SupervisionAnswer.Conforms, ""), new("seating", SupervisionAnswer.NotApplicable, "")] };

        var refused = SupervisionRules.Check(Checklist, filing, SupervisionHistory.None, closed: true, cancelled: false);

        Assert.Equal(["timing"], refused!.Args);
    }

    [Fact]
    public void Check_NonConformingWithoutANote_IsRefused_WithANote_IsAccepted()
    {
        Assert.Equal(SupervisionRefusal.NonConformingNeedsNote,
            SupervisionRules.Check(Checklist, All(SupervisionAnswer.NonConforming), SupervisionHistory.None, true, false)!.Reason);
        Assert.Null(SupervisionRules.Check(Checklist, All(SupervisionAnswer.NonConforming, note: "3 号考位未核验身份证"), SupervisionHistory.None, true, false));
    }

    [Fact]
    public void Check_UnknownOrRepeatedItem_IsRefusedEvenInADraft()
    {
        var unknown = new SupervisionFiling([new("weather", SupervisionAnswer.Conforms, "")], "", false, null);
        var twice = new SupervisionFiling([new("identity", SupervisionAnswer.Conforms, ""), new("identity", SupervisionAnswer.NotApplicable, "")], "", false, null);

        Assert.Equal(SupervisionRefusal.UnknownItem, SupervisionRules.Check(Checklist, unknown, SupervisionHistory.None, false, false)!.Reason);
        Assert.Equal(SupervisionRefusal.DuplicateItem, SupervisionRules.Check(Checklist, twice, SupervisionHistory.None, false, false)!.Reason);
    }

    [Fact]
    public void Check_AfterASignedRecord_AnythingButASignedCorrectionNamingIt_IsRefused()
    {
        var signed = new SupervisionHistory(2, "r-1");

        Assert.Equal(SupervisionRefusal.AlreadySigned, SupervisionRules.Check(Checklist, All(SupervisionAnswer.Conforms), signed, true, false)!.Reason);
        Assert.Equal(SupervisionRefusal.AlreadySigned, SupervisionRules.Check(Checklist, All(SupervisionAnswer.Conforms, sign: false), signed, true, false)!.Reason);
        Assert.Equal(SupervisionRefusal.CorrectsNotCurrent, SupervisionRules.Check(Checklist, All(SupervisionAnswer.Conforms, corrects: "r-0"), signed, true, false)!.Reason);
        Assert.Equal(SupervisionRefusal.CorrectionUnsigned,
            SupervisionRules.Check(Checklist, All(SupervisionAnswer.Conforms, sign: false, corrects: "r-1"), signed, true, false)!.Reason);
        Assert.Null(SupervisionRules.Check(Checklist, All(SupervisionAnswer.Conforms, corrects: "r-1"), signed, true, false));
    }

    [Fact]
    public void Check_CorrectionWithoutASignedRecord_IsRefused() =>
        Assert.Equal(SupervisionRefusal.CorrectsNotCurrent,
            SupervisionRules.Check(Checklist, All(SupervisionAnswer.Conforms, corrects: "r-1"), SupervisionHistory.None, true, false)!.Reason);

    [Fact]
    public void Check_CancelledSitting_OrTooManyRecords_IsRefused()
    {
        Assert.Equal(SupervisionRefusal.SittingCancelled, SupervisionRules.Check(Checklist, All(SupervisionAnswer.Conforms, sign: false), SupervisionHistory.None, false, true)!.Reason);
        Assert.Equal(SupervisionRefusal.TooManyRecords,
            SupervisionRules.Check(Checklist, All(SupervisionAnswer.Conforms, sign: false), new(SupervisionRules.MaxRecordsPerSitting, null), false, false)!.Reason);
    }

    [Fact]
    public void Check_NoteOneCharacterTooLong_IsRefused()
    {
        var filing = All(SupervisionAnswer.Conforms, sign: false) with { Notes = new string('注', SupervisionRules.MaxNote + 1) };

        Assert.Equal(SupervisionRefusal.NoteTooLong, SupervisionRules.Check(Checklist, filing, SupervisionHistory.None, false, false)!.Reason);
        Assert.Null(SupervisionRules.Check(Checklist, filing with { Notes = new string('注', SupervisionRules.MaxNote) }, SupervisionHistory.None, false, false));
    }

    /// <summary>A complete answer set (every item, each answered, notes on 不符合) is always signable once closed and nothing is signed yet.</summary>
    [Property]
    public bool Check_EveryItemAnsweredWithNotesWhereNeeded_SignsOnceClosed(byte[] answers)
    {
        var entries = Checklist.Items.Select((item, i) => new SupervisionEntry(item.Id,
            (SupervisionAnswer)((answers.Length > i ? answers[i] : 0) % 3), (answers.Length > i ? answers[i] : 0) % 3 == 1 ? "说明" : "")).ToList();

        return SupervisionRules.Check(Checklist, new SupervisionFiling(entries, "", true, null), SupervisionHistory.None, true, false) is null
            && SupervisionRules.Check(Checklist, new SupervisionFiling(entries, "", true, null), SupervisionHistory.None, false, false)?.Reason == SupervisionRefusal.SittingNotClosed;
    }

    [Theory]
    [InlineData("conforms", SupervisionAnswer.Conforms)]
    [InlineData("nonconforming", SupervisionAnswer.NonConforming)]
    [InlineData("not-applicable", SupervisionAnswer.NotApplicable)]
    public void Answers_WordAndParse_RoundTrip(string word, SupervisionAnswer answer)
    {
        Assert.Equal(word, SupervisionAnswers.Word(answer));
        Assert.Equal(answer, SupervisionAnswers.Parse(word));
        Assert.Null(SupervisionAnswers.Parse("yes"));
    }
}
