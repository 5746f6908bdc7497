using System.Text;

namespace CertEngine.Domain.QuestionBanks.Lint;

/// <summary>Text measures for lint: normalised Chinese text, character-pair (bigram) sets, word lists with 越…越 patterns.</summary>
internal static class LintText
{
    /// <summary>How far apart the two parts of a pattern such as 越…越 may be, in characters.</summary>
    private const int PatternGap = 8;

    /// <summary>Letters and digits only (punctuation, spaces and the （  ） blank dropped), ASCII lowercased, stop words removed.</summary>
    public static string Normalize(string text, IReadOnlyList<string> stopWords)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                kept.Append(char.ToLowerInvariant(c));
            }
        }

        var result = kept.ToString();
        foreach (var word in stopWords.OrderByDescending(w => w.Length))
        {
            result = result.Replace(word, "", StringComparison.Ordinal);
        }

        return result;
    }

    /// <summary>The letters and digits of a text: its length as a reader sees it, without spaces and punctuation.</summary>
    public static int VisibleLength(string text) => text.Count(char.IsLetterOrDigit);

    /// <summary>The distinct character pairs of a normalised text, each packed into an int, sorted.</summary>
    public static int[] Bigrams(string normalized)
    {
        var set = new HashSet<int>();
        for (var i = 0; i + 1 < normalized.Length; i++)
        {
            set.Add((normalized[i] << 16) | normalized[i + 1]);
        }

        var result = set.ToArray();
        Array.Sort(result);
        return result;
    }

    /// <summary>How many pairs two sorted pair arrays share.</summary>
    public static int Shared(int[] a, int[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    /// <summary>The share of <paramref name="part"/>'s pairs that occur in <paramref name="whole"/> (0 when it has none).</summary>
    public static double Containment(int[] part, int[] whole) => part.Length == 0 ? 0 : (double)Shared(part, whole) / part.Length;

    /// <summary>True when <paramref name="text"/> holds any of <paramref name="words"/>, ignoring what lies inside <paramref name="except"/> words (不一定 is no 一定).</summary>
    public static bool HasAny(string text, IReadOnlyList<string> words, IReadOnlyList<string>? except = null)
    {
        foreach (var skip in except ?? [])
        {
            text = text.Replace(skip, "\u0001", StringComparison.Ordinal);
        }

        return words.Any(w => Contains(text, w));
    }

    /// <summary>Whether a text holds a word; <c>越…越</c> holds 越 followed by 越 within a few characters.</summary>
    public static bool Contains(string text, string word)
    {
        var parts = word.Split('…', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length <= 1)
        {
            return text.Contains(word.Trim('…'), StringComparison.Ordinal);
        }

        for (var start = text.IndexOf(parts[0], StringComparison.Ordinal); start >= 0; start = text.IndexOf(parts[0], start + 1, StringComparison.Ordinal))
        {
            var at = start + parts[0].Length;
            var found = true;
            foreach (var part in parts.Skip(1))
            {
                var next = text.IndexOf(part, at, StringComparison.Ordinal);
                if (next < 0 || next - at > PatternGap)
                {
                    found = false;
                    break;
                }

                at = next + part.Length;
            }

            if (found)
            {
                return true;
            }
        }

        return false;
    }
}
