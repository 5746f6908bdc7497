namespace CertEngine.Domain.Supervision;

/// <summary>The wire words of <see cref="SupervisionAnswer"/>: <c>conforms</c>, <c>nonconforming</c>, <c>not-applicable</c>.</summary>
public static class SupervisionAnswers
{
    /// <summary>The word of <paramref name="answer"/>.</summary>
    public static string Word(SupervisionAnswer answer) => answer switch
    {
        SupervisionAnswer.Conforms => "conforms",
        SupervisionAnswer.NonConforming => "nonconforming",
        SupervisionAnswer.NotApplicable => "not-applicable",
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, null),
    };

    /// <summary>The answer a word names, or null when it names none (blank: not answered).</summary>
    public static SupervisionAnswer? Parse(string? word) => word?.Trim() switch
    {
        "conforms" => SupervisionAnswer.Conforms,
        "nonconforming" => SupervisionAnswer.NonConforming,
        "not-applicable" => SupervisionAnswer.NotApplicable,
        _ => null,
    };

    /// <summary>Whether <paramref name="word"/> is blank (not answered) or one of the three words.</summary>
    public static bool IsValid(string? word) => string.IsNullOrWhiteSpace(word) || Parse(word) is not null;
}
