using System.Globalization;
using CertEngine.Domain;
using CertEngine.Server.Features.Exports;
using CertEngine.Server.Features.Programme;
using CertEngine.Server.Features.Subsidies;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Demo;

/// <summary>
/// The demo day's reports on its simulated clock, written into <c>--out</c>: the certificates issued from the exam day to
/// the day of issue in the national fields (数据上报, .xlsx and UTF-8 CSV, logged and audited as any export), and the
/// 培训补贴 claims list of each year they were issued in (.xlsx), read from the programme data beside the tracks folder.
/// </summary>
internal static class DemoReports
{
    /// <summary>Writes the reports; returns the files written, in order.</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(IServiceProvider services, DemoOptions options, TimeProvider clock, DateOnly day, TextWriter error)
    {
        Directory.CreateDirectory(options.OutputDirectory);
        var written = new List<string>();
        var today = ChinaTime.Today(clock);
        var export = ActivatorUtilities.CreateInstance<NationalExport>(services, ActivatorUtilities.CreateInstance<TrackNames>(services));
        foreach (var format in new[] { "xlsx", "csv" })
        {
            var (request, _, problem) = NationalExport.Parse("certificates", format, null, Text(day), Text(today));
            if (request is null)
            {
                throw new InvalidOperationException("数据上报 export: " + problem);
            }

            var (outcome, file, _) = await export.ExportAsync(request, ExamDaySimulation.Actor, CancellationToken.None);
            if (outcome != ExportOutcome.Written || file is null)
            {
                throw new InvalidOperationException("数据上报 export: " + outcome);
            }

            await using (file.Content)
            {
                var path = Path.Combine(options.OutputDirectory, file.Entry.FileName);
                await using var target = File.Create(path);
                await file.Content.CopyToAsync(target);
                written.Add(path);
            }
        }

        var programme = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.TracksRoot)) ?? ".", "programme");
        if (!Directory.Exists(programme))
        {
            await error.WriteLineAsync($"warning: 没有项目数据目录 {programme}，不写培训补贴清单 (no programme folder: no subsidy claims list)");
            return written;
        }

        var catalogue = new ProgrammeCatalogue(Options.Create(new ProgrammeOptions { Root = programme }));
        var subsidies = ActivatorUtilities.CreateInstance<SubsidyList>(services, catalogue);
        for (var year = day.Year; year <= today.Year; year++)
        {
            var path = Path.Combine(options.OutputDirectory, string.Create(CultureInfo.InvariantCulture, $"subsidies-{year}.xlsx"));
            await File.WriteAllBytesAsync(path, await subsidies.WorkbookAsync(subsidies.Query(year), CancellationToken.None));
            written.Add(path);
        }

        return written;
    }

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
