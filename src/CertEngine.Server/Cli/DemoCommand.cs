using System.CommandLine;
using CertEngine.Server.Demo;
using Spectre.Console;

namespace CertEngine.Server.Cli;

/// <summary>The <c>demo</c> verb: a whole exam day against the embedded store (DESIGN.md contract).</summary>
public static class DemoCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var data = new Option<string>("--data") { Description = "数据目录 (the embedded store's folder)", DefaultValueFactory = _ => "data" };
        var outDir = new Option<string>("--out") { Description = "证书文件输出目录 (where certificate files go)", DefaultValueFactory = _ => Path.Combine("out", "demo") };
        var banks = new Option<string>("--banks") { Description = "题库目录 (question banks)", DefaultValueFactory = _ => "question-banks" };
        var tracks = new Option<string>("--tracks") { Description = "认定方案目录 (track data)", DefaultValueFactory = _ => "tracks" };
        var certificates = new Option<string>("--certificates") { Description = "证书数据目录 (certificate data: province table)", DefaultValueFactory = _ => "certificates" };
        var candidates = new Option<int>("--candidates") { Description = "考生人数 (candidates in the sitting)", DefaultValueFactory = _ => 30 };
        var track = new Option<string>("--track")
        {
            Description = "认定项目，如 4-10-01-05/5、专项/ZX-MYHL (the track to examine, e.g. 4-10-01-05/5 or 专项/ZX-MYHL)",
            DefaultValueFactory = _ => DemoOptions.DefaultTrack,
        };
        var command = new Command("demo", "模拟一个完整考试日 (run a whole simulated exam day)") { data, outDir, banks, tracks, certificates, candidates, track };
        command.SetAction(async (result, cancellationToken) =>
        {
            var count = result.GetValue(candidates);
            if (count is < 1 or > 1000)
            {
                await error.WriteLineAsync("error: --candidates must be between 1 and 1000");
                return 2;
            }

            var options = new DemoOptions(result.GetValue(data)!, result.GetValue(outDir)!, result.GetValue(banks)!, result.GetValue(tracks)!, result.GetValue(certificates)!, count, result.GetValue(track)!);
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
            return await new ExamDaySimulation(options, output, error, console, clock).RunAsync(cancellationToken);
        });
        return command;
    }
}
