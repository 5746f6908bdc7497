using CertEngine.Server.Demo;
using Spectre.Console;

namespace CertEngine.Server.Tests.Cli;

/// <summary>The demo's last lines in an 80-column terminal: nothing is broken across lines.</summary>
public sealed class DemoSummaryTests
{
    [Fact]
    public void Summary_At80Columns_KeepsTheRecordAndItsSignerWhole_AndNoLineIsWiderThanTheTerminal()
    {
        using var written = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(written), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 80;
        const string record = "0c4ec1ed441d4017b5a66547f34eb90d";
        const string folder = "/tmp/certengine-demo/out";

        ExamDaySimulation.Summary(console, record, DemoSupervision.SupervisorName, 30, 12, folder);

        var lines = written.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(
            [$"督导记录 supervision record {record}", $"  签名 signed by {DemoSupervision.SupervisorName}", "30 candidates, 12 certificates", $"文件 files: {folder}"],
            lines.Select(l => l.TrimEnd()));
        Assert.All(lines, l => Assert.True(Columns(l) <= 80, $"{l} is wider than 80 columns"));
    }

    // A terminal gives CJK characters and full-width punctuation two columns.
    private static int Columns(string line) => line.Sum(c => c >= '\u2E80' ? 2 : 1);
}
