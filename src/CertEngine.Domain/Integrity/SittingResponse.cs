namespace CertEngine.Domain.Integrity;

/// <summary>One question of one candidate's submitted paper, as the copying statistic reads it.</summary>
/// <param name="Item">The item and its version (<c>id@version</c>): papers drawn per seat are compared on the items both hold.</param>
/// <param name="Position">The question's place on the paper (0-based).</param>
/// <param name="WrongKinds">How many different wrong answers the question admits (single: options − 1; judge: 1; multiple: 2ⁿ − 2).</param>
/// <param name="Answer">The stored option labels chosen (by content, not by the position shown); empty when omitted.</param>
/// <param name="Correct">Whether it earned its full points.</param>
/// <param name="Shown">The answer as the screen showed it (the display positions chosen, e.g. <c>B</c>); what a neighbour's screen gives away.</param>
public sealed record SittingResponse(string Item, int Position, int WrongKinds, string Answer, bool Correct, string Shown)
{
    /// <summary>Whether this is a wrong answer given (not an omission).</summary>
    public bool IsWrong => !Correct && Answer.Length > 0;
}
