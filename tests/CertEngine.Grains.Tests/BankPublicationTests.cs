using CertEngine.Contracts;
using CertEngine.Contracts.Tracks;

namespace CertEngine.Grains.Tests;

/// <summary>
/// Opening a track on a bank version records the publication on the version's audit trail (<c>bank/{code}/{version}</c>)
/// and refuses a version whose files no longer match their manifest. Each test copies version 2 of the fixture's bank to
/// a version number of its own, so no other test sees the tampering.
/// </summary>
[Collection(ExamClusterCollection.Name)]
public sealed class BankPublicationTests(ExamClusterFixture fixture)
{
    // Every test pins tracks of its own: a track never goes back to an older version, and tests run in any order.

    [Fact]
    public async Task OpenAsync_FirstPin_AppendsThePublicationWithTheManifestHash()
    {
        var version = CopyVersion(11);
        var expectedHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(VersionDirectory(version), "manifest.yaml"))));
        var now = fixture.Clock.GetUtcNow();

        var opened = await Track("4-10-01-06/家务服务员/4").OpenAsync(version, "admin-1");
        var trail = await fixture.Client.GetGrain<IAuditTrailGrain>($"bank/4-10-01-06/{version}").GetAsync();

        Assert.True(opened.Accepted, ExamDay.Why(opened));
        Assert.Equal(["bank.published", "bank.pinned"], trail.Select(r => r.Action));
        Assert.Equal(("admin-1", $"4-10-01-06 v{version} manifest-sha256={expectedHash}", now),
            (trail[0].Actor, trail[0].Details, trail[0].At));
        Assert.Equal($"manifest-sha256={expectedHash}", trail[1].Details);
    }

    [Fact]
    public async Task OpenAsync_ItemEditedAfterPublication_RefusedAndAudited()
    {
        var version = CopyVersion(12);
        ExamDay.Expect(await Track("4-10-01-06/母婴护理员/4").OpenAsync(version, "admin-1"));
        var bankFile = Path.Combine(VersionDirectory(version), "bank.yaml");
        var lines = File.ReadAllLines(bankFile);
        var stem = Array.FindIndex(lines, l => l.TrimStart().StartsWith("stem:", StringComparison.Ordinal));
        lines[stem] += "（发布后改动）";
        File.WriteAllLines(bankFile, lines);

        var refused = await Track("4-10-01-06/家庭照护员/4").OpenAsync(version, "admin-2");
        var trail = await fixture.Client.GetGrain<IAuditTrailGrain>($"bank/4-10-01-06/{version}").GetAsync();

        Assert.False(refused.Accepted);
        Assert.StartsWith($"TrackBankFilesChanged(4-10-01-06,{version},", ExamDay.Why(refused), StringComparison.Ordinal);
        Assert.Null(await Track("4-10-01-06/家庭照护员/4").GetAsync());
        Assert.Equal(["bank.published", "bank.pinned", "bank.verification-failed"], trail.Select(r => r.Action));
        Assert.Equal(("admin-2", "track 4-10-01-06/家庭照护员/4"), (trail[2].Actor, trail[2].Reason));
    }

    [Fact]
    public async Task OpenAsync_ManifestRewrittenAfterFirstPin_Refused()
    {
        var version = CopyVersion(13);
        ExamDay.Expect(await Track("4-10-01-06/母婴护理员/5").OpenAsync(version, "admin-1"));
        File.AppendAllText(Path.Combine(VersionDirectory(version), "manifest.yaml"), "# rewritten\n");

        var refused = await Track("4-10-01-06/家庭照护员/5").OpenAsync(version, "admin-2");
        var actions = (await fixture.Client.GetGrain<IAuditTrailGrain>($"bank/4-10-01-06/{version}").GetAsync()).Select(r => r.Action);

        Assert.False(refused.Accepted);
        Assert.StartsWith($"TrackManifestChanged(4-10-01-06,{version},", ExamDay.Why(refused), StringComparison.Ordinal);
        Assert.Equal(["bank.published", "bank.pinned", "bank.manifest-changed"], actions);
    }

    private ICertificationTrackGrain Track(string key) => fixture.Client.GetGrain<ICertificationTrackGrain>(key);

    private string VersionDirectory(int version) => Path.Combine(fixture.BankRoot, "4-10-01-06", "versions", version.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private int CopyVersion(int version)
    {
        var source = VersionDirectory(2);
        var target = VersionDirectory(version);
        Directory.CreateDirectory(target);
        File.Copy(Path.Combine(source, "bank.yaml"), Path.Combine(target, "bank.yaml"));
        var manifest = File.ReadAllLines(Path.Combine(source, "manifest.yaml"));
        var line = Array.FindIndex(manifest, l => l.Trim() == "version: 2");
        manifest[line] = manifest[line].Replace("version: 2", $"version: {version}", StringComparison.Ordinal);
        File.WriteAllLines(Path.Combine(target, "manifest.yaml"), manifest);
        return version;
    }
}
