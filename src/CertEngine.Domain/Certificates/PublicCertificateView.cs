using System.Globalization;

namespace CertEngine.Domain.Certificates;

/// <summary>
/// What a version-2 token certifies of a certificate (RULES.md §10), in words: the name masked and the ID number only as
/// a salted hash; never the full ID number, the photo or the part scores. The engine now signs the shorter
/// <see cref="CertificateClaims"/> (version 3); version-2 tokens of certificates issued before still verify. The status is looked up live, not kept here. The
/// verification page shows the masked ID number (1401**********1234) from the stored record, not from the token, so the
/// token never narrows the number a guesser would have to try.
/// </summary>
/// <param name="Number">证书编号.</param>
/// <param name="MaskedName">The name with its first and last characters kept (<see cref="MaskName"/>).</param>
/// <param name="IdDigest">The salted hash of the ID number.</param>
/// <param name="WorkType">The 工种, or "--".</param>
/// <param name="LevelDisplay">E.g. 五级/初级工; null for a 专项 certificate.</param>
public sealed record PublicCertificateView(
    string Number,
    string MaskedName,
    IdNumberDigest IdDigest,
    string OccupationName,
    string WorkType,
    string? LevelDisplay,
    DateOnly IssueDate,
    string IssuerName) : SignedCertificate(Number, MaskedName, IdDigest, WorkType, IssueDate)
{
    /// <summary>The payload version of a view.</summary>
    public const int Version = 2;

    /// <inheritdoc />
    public override int PayloadVersion => Version;

    /// <summary>The public view of a record, its ID number hashed under <paramref name="salt"/>.</summary>
    /// <param name="salt">A random text drawn for this certificate (see <see cref="IdNumberDigest"/>).</param>
    /// <exception cref="ArgumentException">The record fails <see cref="CertificateRecord.Check"/>, or the salt is blank.</exception>
    public static PublicCertificateView From(CertificateRecord record, string salt)
    {
        ArgumentNullException.ThrowIfNull(record);
        var problems = record.Check();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"certificate {record.Number} cannot be shown: {string.Join("; ", problems)}", nameof(record));
        }

        return new PublicCertificateView(
            record.Number,
            MaskName(record.HolderName),
            IdNumberDigest.Compute(record.IdNumber.Value, salt),
            record.OccupationName,
            record.PrintedWorkType,
            record.LevelDisplay,
            record.IssueDate,
            record.IssuerName);
    }

    /// <summary>
    /// Masks a name: one character stays as it is; two keep the first (张三 → 张*); three or more keep the first and the
    /// last with one * for each hidden character (张三明 → 张*明, 欧阳娜娜 → 欧**娜). Characters are counted as text
    /// elements, so a rare character outside the BMP counts once. Surrounding spaces are dropped.
    /// </summary>
    public static string MaskName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = name.Trim();
        var info = new StringInfo(text);
        var count = info.LengthInTextElements;
        return count switch
        {
            <= 1 => text,
            2 => info.SubstringByTextElements(0, 1) + "*",
            _ => info.SubstringByTextElements(0, 1) + new string('*', count - 2) + info.SubstringByTextElements(count - 1, 1),
        };
    }
}
