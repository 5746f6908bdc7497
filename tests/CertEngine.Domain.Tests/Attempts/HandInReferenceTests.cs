using CertEngine.Domain.Attempts;

namespace CertEngine.Domain.Tests.Attempts;

public sealed class HandInReferenceTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 5, 2, 31, 7, TimeSpan.Zero);

    private static Dictionary<int, List<string>> Answers() => new() { [0] = ["A"], [3] = ["C", "A"], [7] = ["true"] };

    [Fact]
    public void Of_SameHandIn_IsTheSameEightCharactersReadAloudWithoutAmbiguity()
    {
        var reference = HandInReference.Of("S1/110101199001011234", At, Answers());

        Assert.Equal(reference, HandInReference.Of("S1/110101199001011234", At, Answers().Reverse()));
        Assert.Equal(reference, HandInReference.Of("S1/110101199001011234", At, new Dictionary<int, List<string>> { [7] = ["true"], [0] = ["A"], [3] = ["A", "C"] }));
        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", reference);
    }

    [Fact]
    public void Of_AnyChange_GivesAnotherReference()
    {
        var reference = HandInReference.Of("S1/110101199001011234", At, Answers());
        var changedAnswer = Answers();
        changedAnswer[3] = ["C"];

        Assert.NotEqual(reference, HandInReference.Of("S1/110101199001011235", At, Answers()));
        Assert.NotEqual(reference, HandInReference.Of("S1/110101199001011234", At.AddSeconds(1), Answers()));
        Assert.NotEqual(reference, HandInReference.Of("S1/110101199001011234", At, changedAnswer));
    }
}
