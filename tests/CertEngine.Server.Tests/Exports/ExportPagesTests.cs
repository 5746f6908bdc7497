using CertEngine.Contracts;
using CertEngine.Server.Tests.Api;

namespace CertEngine.Server.Tests.Exports;

/// <summary>The 数据上报 page lists what was exported; the 一人多证 page lists pairs to check, ID numbers masked.</summary>
[Collection(ApiCollection.Name)]
public sealed class ExportPagesTests(ApiHost host)
{
    [Fact]
    public async Task ExportsPage_ListsAnExportWithItsFiltersRowsAndHash_AndOffersNewOnes()
    {
        var sitting = await ResultsSitting.CreateAsync(host, candidates: 2, checkedIn: 2);
        await sitting.RecordAsync(0, ExamComponent.Theory, 75);
        Assert.True((await sitting.Manager.GetAsync($"/api/exports/results.csv?batch={sitting.Id}")).IsSuccessStatusCode);

        var html = await sitting.Manager.GetStringAsync("/admin/exports");

        Assert.Contains("数据上报", html, StringComparison.Ordinal);
        Assert.Contains($"batch={sitting.Id}", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/api/exports/certificates.xlsx\"", html, StringComparison.Ordinal);
        Assert.Contains("formaction=\"/api/exports/results.csv\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NearDuplicatesPage_MasksIdNumbers()
    {
        var manager = await host.StaffAsync("exports.manager", "CentreManager");

        var html = await manager.GetStringAsync("/admin/exports/near-duplicates");

        Assert.Contains("一人多证核查", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("[0-9]{17}[0-9X]", html);
    }
}
