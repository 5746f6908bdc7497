using CertEngine.Contracts;
using CertEngine.Contracts.Sessions;
using CertEngine.Server.Features.Results;
using MiniExcelLibs;

namespace CertEngine.Server.Tests.Results;

/// <summary>The results tables' Excel files keep a typed formula as text (formula injection), like the national exports.</summary>
public sealed class ResultWorkbookTests
{
    [Fact]
    public void SittingWorkbook_NameTypedAsAFormula_IsWrittenAsText()
    {
        var table = new SittingResults("S-1", "4-10-01-06/家务服务员/5", ExamComponent.Theory, DateTimeOffset.UnixEpoch, SessionStatus.Closed,
            [new SittingResultLine(1, "ZK1", "140402198001010011", "=HYPERLINK(\"http://x\",\"点我\")", ResultStanding.Passed, 80m, 60m, [])]);

        using var stream = new MemoryStream(ResultTables.Workbook(table));
        var row = (IDictionary<string, object>)stream.Query(useHeaderRow: true).Single();

        Assert.Equal("'=HYPERLINK(\"http://x\",\"点我\")", row.Single(c => c.Key.StartsWith("姓名", StringComparison.Ordinal)).Value);
    }
}
