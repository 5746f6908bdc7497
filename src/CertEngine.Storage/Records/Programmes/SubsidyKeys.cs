using System.Globalization;

namespace CertEngine.Storage.Records.Programmes;

/// <summary>How claims are keyed: one per person, occupation and level (a 专项 has no level).</summary>
public static class SubsidyKeys
{
    /// <summary>The level part of a 专项's key.</summary>
    public const string Specialty = "专项";

    /// <summary>The claim key: <c>{ID number}/{occupation code}/{level digit or 专项}</c>.</summary>
    public static string Claim(string idNumber, string occupationCode, int? level) =>
        $"{idNumber}/{occupationCode}/{(level is { } digit ? digit.ToString(CultureInfo.InvariantCulture) : Specialty)}";

    /// <summary>An occupation and level pair as the list query matches it: <c>{code}|{digit}</c>, or <c>{code}|</c> for a 专项.</summary>
    public static string Pair(string occupationCode, int? level) =>
        $"{occupationCode}|{(level is { } digit ? digit.ToString(CultureInfo.InvariantCulture) : "")}";
}
