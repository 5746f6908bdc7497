using CertEngine.Contracts.Banks;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Publishing;

namespace CertEngine.Grains.Library;

/// <summary>Turning Domain bank values into the Contracts records that travel to grains and browsers.</summary>
public static class BankProblemExtensions
{
    /// <summary>The problem as it travels: file, line, cell, rule, severity, message.</summary>
    public static BankProblemInfo ToInfo(this BankProblem problem) => new(problem.Location.File, problem.Location.Line, problem.Location.Cell,
        problem.Rule, problem.Severity == ProblemSeverity.Error ? "error" : "warning", problem.Message);

    /// <summary>The files of a source as they are stored.</summary>
    public static IReadOnlyList<BankSourceFile> ToContract(this BankSource source) => source.Files.Select(f => new BankSourceFile(f.Path, f.Text)).ToList();

    /// <summary>The stored files as a source; null when a path is unsafe (climbs out of the folder).</summary>
    public static BankSource? ToSource(this IReadOnlyList<BankSourceFile> files) =>
        files.All(f => BankSource.IsSafePath(f.Path)) ? new BankSource(files.Select(f => new BankFile(f.Path, f.Text))) : null;
}
