using System.Globalization;
using System.Resources;
using CertEngine.Contracts;

namespace CertEngine.Server.Web.Localization;

/// <summary>
/// Puts a grain's <see cref="Refusal"/> into words from the resource files <c>Refusals.resx</c> (Chinese, the neutral
/// culture) and <c>Refusals.en.resx</c>: for the JSON API both languages in one line, Chinese first
/// (<c>考试时间已到 (time is up)</c>); for a page the visitor's language. A passed-on refusal is followed by its cause,
/// and a refusal that lists others (its details) by theirs.
/// </summary>
public static class RefusalWords
{
    private static readonly ResourceManager Resources = new("CertEngine.Server.Web.Localization.Refusals", typeof(RefusalWords).Assembly);
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo(BilingualPages.Chinese);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo(BilingualPages.English);

    /// <summary>Both languages, Chinese first: <c>中文 (English)</c>, then the cause's after a colon.</summary>
    public static string Bilingual(Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var line = $"{In(refusal, Chinese)} ({In(refusal, English)})";
        line = refusal.Cause is { } cause ? $"{line}: {Bilingual(cause)}" : line;
        return refusal.Details is { Count: > 0 } details ? $"{line}: {string.Join("; ", details.Select(Bilingual))}" : line;
    }

    /// <summary>The words in one culture (the request's UI culture on a page), with the cause's after a colon.</summary>
    public static string For(Refusal refusal, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var chinese = culture.TwoLetterISOLanguageName == "zh";
        var line = In(refusal, culture);
        line = refusal.Cause is { } cause ? $"{line}{(chinese ? "：" : ": ")}{For(cause, culture)}" : line;
        return refusal.Details is { Count: > 0 } details
            ? $"{line}{(chinese ? "：" : ": ")}{string.Join(chinese ? "；" : "; ", details.Select(detail => For(detail, culture)))}"
            : line;
    }

    /// <summary>
    /// What a refused reply says in both languages: its reason code's words (with the causes it passes on), then the
    /// words of an area not yet on reason codes that it passes on, if any (a sitting's reason, then a track's words).
    /// </summary>
    public static string Bilingual(CommandReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return (reply.Reason, reply.Refusal) switch
        {
            ({ } reason, { } words) => $"{Bilingual(reason)}: {words}",
            ({ } reason, null) => Bilingual(reason),
            (null, var words) => words ?? "",
        };
    }

    /// <summary>The words of <paramref name="refusal"/> in the culture named <paramref name="culture"/> (<see cref="BilingualPages.Chinese"/> or <see cref="BilingualPages.English"/>).</summary>
    public static string In(Refusal refusal, string culture) => For(refusal, CultureInfo.GetCultureInfo(culture));

    /// <summary>
    /// What a refused reply says in the culture named <paramref name="culture"/>: its reason code's words (with their causes);
    /// a reply that carries only the words of an area not yet on codes gives those, as they are.
    /// </summary>
    public static string In(CommandReply reply, string culture)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply.Reason is { } reason ? In(reason, culture) : reply.Refusal ?? "";
    }

    /// <summary>A reason and the words an area not yet on codes passed on with it, in both languages (either may be missing).</summary>
    public static string Bilingual(Refusal? reason, string? words) => Bilingual(new CommandReply(false, words, reason));

    /// <summary>The words of one code in one culture, without the args filled in; <see langword="null"/> when the resource lacks it.</summary>
    public static string? Template(RefusalCode code, CultureInfo culture) => Resources.GetString(code.ToString(), culture);

    private static string In(Refusal refusal, CultureInfo culture)
    {
        var template = Template(refusal.Code, culture) ?? Template(RefusalCode.Unspecified, culture) ?? refusal.Code.ToString();
        return string.Format(culture, template, [.. refusal.Args.Select(arg => Value(arg, culture))]);
    }

    // An arg that names a value with words of its own (Value_Theory: 理论知识考试), or a comma-separated list of such
    // values, is put into those words; any other arg (a number, a date, a key) stands as it is.
    private static string Value(string arg, CultureInfo culture)
    {
        var parts = arg.Split(',');
        var words = parts.Select(part => Resources.GetString("Value_" + part, culture)).ToList();
        return words.All(w => w is not null)
            ? string.Join(culture.TwoLetterISOLanguageName == "zh" ? "、" : ", ", words)
            : arg;
    }
}
