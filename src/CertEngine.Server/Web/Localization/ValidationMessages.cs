using System.Globalization;
using System.Resources;

namespace CertEngine.Server.Web.Localization;

/// <summary>
/// The pages' validation messages in one language: the code writes each message in Chinese (a data annotation's
/// <c>ErrorMessage</c>, or <see cref="Of"/> for a message a page adds itself), and <c>ValidationMessages.en.resx</c> gives
/// its English under those Chinese words. Pages read them through data annotations localization; the API's ProblemDetails
/// keep both languages (<see cref="Bilingual"/>), as every API answer does.
/// </summary>
public sealed class ValidationMessages
{
    private static readonly ResourceManager Resources = new(typeof(ValidationMessages).FullName!, typeof(ValidationMessages).Assembly);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo(BilingualPages.English);

    /// <summary>The message <paramref name="chinese"/> in the request's language.</summary>
    public static string Of(string chinese) =>
        BilingualPages.IsEnglish ? EnglishOf(chinese) ?? chinese : chinese;

    /// <summary><c>中文 (English)</c> for a message that has English words, else the message as it is.</summary>
    public static string Bilingual(string message) => EnglishOf(message) is { } english ? $"{message} ({english})" : message;

    /// <summary>The English words of <paramref name="chinese"/>, or null when it has none.</summary>
    public static string? EnglishOf(string chinese) => Resources.GetString(chinese, English);
}
