using System.Globalization;
using CertEngine.Contracts;
using CertEngine.Contracts.Banks;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Publishing;
using CertEngine.Domain.Tracks;
using CertEngine.Grains.Replies;

namespace CertEngine.Grains.Library;

/// <summary>Turning Domain bank values into the Contracts records that travel to grains and browsers.</summary>
public static class BankProblemExtensions
{
    /// <summary>The problem as it travels: file, line, cell, rule, severity, message.</summary>
    public static BankProblemInfo ToInfo(this BankProblem problem) => new(problem.Location.File, problem.Location.Line, problem.Location.Cell,
        problem.Rule, problem.Severity == ProblemSeverity.Error ? "error" : "warning", problem.Message);

    /// <summary>
    /// Every problem of a rules check as it travels: the file's own, then each track the bank version refuses, whose
    /// <see cref="BankProblemInfo.Reason"/> carries why (the web edge puts it into words) and whose message is empty.
    /// </summary>
    public static IReadOnlyList<BankProblemInfo> ToInfo(this TrackRulesCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return
        [
            .. check.Problems.Select(ToInfo),
            .. check.Refusals.Select(r => new BankProblemInfo(r.At.File, r.At.Line, r.At.Cell, TrackRulesRevision.Rule, "error", "",
                Refusal.Of(RefusalCode.CatalogueTrackNotBuilt, r.Key.ToString(), r.BankVersion.ToString(CultureInfo.InvariantCulture)).Because(r.Why.ToReply()))),
        ];
    }

    /// <summary>The files of a source as they are stored.</summary>
    public static IReadOnlyList<BankSourceFile> ToContract(this BankSource source) => source.Files.Select(f => new BankSourceFile(f.Path, f.Text)).ToList();

    /// <summary>The stored files as a source; null when a path is unsafe (climbs out of the folder).</summary>
    public static BankSource? ToSource(this IReadOnlyList<BankSourceFile> files) =>
        files.All(f => BankSource.IsSafePath(f.Path)) ? new BankSource(files.Select(f => new BankFile(f.Path, f.Text))) : null;
}
