using CertEngine.Server.Hosting.Logging;
using CertEngine.Server.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Tests.Hosting;

/// <summary>The console log masks resident ID numbers (Orleans' warnings name grains whose keys hold one).</summary>
public sealed class MaskingConsoleFormatterTests
{
    [Theory]
    [InlineData("Response did not arrive on time for attempt/T1207-301/140402197201191382 from S127.0.0.1",
        "Response did not arrive on time for attempt/T1207-301/1404**********1382 from S127.0.0.1")]
    [InlineData("candidate/14040219720205100X, candidate/14040219720205100x.", "candidate/1404**********100X, candidate/1404**********100x.")]
    [InlineData("certificate S201404001000013000012 at 2026-12-06T17:14:36", "certificate S201404001000013000012 at 2026-12-06T17:14:36")]
    [InlineData("serial 9140402197201191382 and 1404021972011913821", "serial 9140402197201191382 and 1404021972011913821")]
    [InlineData("answers 16934, took 1062 ms", "answers 16934, took 1062 ms")]
    public void Mask_HidesIdNumbers_AndLeavesOtherNumbers(string text, string expected) =>
        Assert.Equal(expected, MaskingConsoleFormatter.Mask(text));

    [Fact]
    public void Write_KeepsTheSimpleLayout_AndMasksTheMessageAndTheException()
    {
        var formatter = new MaskingConsoleFormatter();
        using var writer = new StringWriter();
        var error = new InvalidOperationException("grain attempt/T1/140402197201191382 timed out");

        formatter.Write(new LogEntry<string>(LogLevel.Warning, "Orleans.Runtime.Messaging", new EventId(101413),
            "call to attempt/T1/140402197201191382 took 31 s", error, (s, _) => s), null, writer);

        var lines = writer.ToString().Split('\n');
        Assert.Equal("warn: Orleans.Runtime.Messaging[101413]", lines[0].TrimEnd('\r'));
        Assert.Equal("      call to attempt/T1/1404**********1382 took 31 s", lines[1].TrimEnd('\r'));
        Assert.DoesNotContain("140402197201191382", writer.ToString(), StringComparison.Ordinal);
        Assert.Contains("1404**********1382 timed out", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_WritesItsConsoleLogThroughTheMaskingFormatter()
    {
        await using var host = new ApiHost();
        _ = host.Server;

        var console = host.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        var formatters = host.Services.GetServices<ConsoleFormatter>();

        Assert.Equal(MaskingConsoleFormatter.FormatterName, console.FormatterName);
        Assert.Contains(formatters, f => f is MaskingConsoleFormatter);
    }
}
