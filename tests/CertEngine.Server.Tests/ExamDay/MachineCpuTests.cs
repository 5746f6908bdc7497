using CertEngine.Benchmarks.ExamDay.Core;

namespace CertEngine.Server.Tests.ExamDay;

/// <summary>The exam-day run splits the save burst's CPU between the processes and the machine with <see cref="MachineCpu"/>.</summary>
public sealed class MachineCpuTests
{
    [Fact]
    public void Parse_CountsEveryStateButIdleAndIowaitAsBusy_AndLeavesOutTheGuestTimeAlreadyInUser()
    {
        // user nice system idle iowait irq softirq steal guest guest_nice, in hundredths of a second
        var (busy, all) = MachineCpu.Parse("cpu  100 20 30 400 50 6 7 8 90 9")!.Value;

        Assert.Equal(1.71, busy, 6);
        Assert.Equal(6.21, all, 6);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("cpu0 100 20 30 400 50 6 7 8")]
    [InlineData("cpu 100 20 30 400")]
    public void Parse_IsNullForAnythingButTheMachineLine(string? line) => Assert.Null(MachineCpu.Parse(line));
}
