using System.IO.Compression;
using System.Text;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Publishing;

namespace CertEngine.Domain.Tests.QuestionBanks;

/// <summary>A bank held as texts (uploaded from the web) loads like a folder, and publishes by the same rules as the CLI.</summary>
public sealed class BankSourceTests : IDisposable
{
    private static readonly DateOnly Day = new(2026, 11, 23);
    private readonly TemporaryDirectory _root = new();

    [Fact]
    public void Load_FolderWithCatalogueBesideIt_LoadsLikeTheDirectory()
    {
        var fixture = new BankFixture();
        var source = Source(fixture);

        var loaded = source.Load(_root.Path);

        Assert.True(loaded.IsValid, string.Join("\n", loaded.Problems));
        Assert.Equal("bank/", source.BankFolder);
        Assert.Equal(fixture.Load().Bank!.Items.Select(ContentHash.Of), loaded.Bank!.Items.Select(ContentHash.Of));
    }

    [Fact]
    public void Load_CatalogueMissingFromUpload_TakesTheShippedOne()
    {
        var fixture = new BankFixture();
        File.WriteAllText(Path.Combine(_root.Path, BankLoader.CatalogueFile), fixture.Files[BankFixture.Catalogue]);
        var source = new BankSource(fixture.Files.Where(f => f.Key != BankFixture.Catalogue).Select(f => new BankFile(f.Key["bank/".Length..], f.Value)));

        var loaded = source.Load(_root.Path);

        Assert.True(loaded.IsValid, string.Join("\n", loaded.Problems));
        Assert.Equal("", source.BankFolder);
    }

    [Fact]
    public void Load_ErrorInAnUploadedFile_NamesTheUploadedPathAndLine()
    {
        var fixture = new BankFixture().Replace(BankFixture.Items, "D: s-basic-1 选项四\n    key: B", "D: s-basic-1 选项四\n    key: E");

        var loaded = Source(fixture).Load(_root.Path);

        var problem = Assert.Single(loaded.Errors, p => p.Rule == BankRules.KeyNotAnOption);
        Assert.Equal(BankFixture.Items, problem.Location.File);
        Assert.Equal(fixture.LineOf(BankFixture.Items, "key: E"), problem.Location.Line);
    }

    [Fact]
    public void FromZip_ArchiveOfTheFolder_ReadsOnlyTheYaml()
    {
        using var archive = new MemoryStream();
        using (var zip = new ZipArchive(archive, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, text) in new BankFixture().Files)
            {
                using var writer = new StreamWriter(zip.CreateEntry("upload/" + path).Open(), Encoding.UTF8);
                writer.Write(text);
            }

            using var readme = new StreamWriter(zip.CreateEntry("upload/README.txt").Open());
            readme.Write("not a bank file");
        }

        archive.Position = 0;

        var (source, problem) = BankSource.FromZip(archive, "bank.zip");

        Assert.Null(problem);
        Assert.Equal(new BankFixture().Files.Count, source!.Files.Count);
        Assert.Equal("upload/bank/", source.BankFolder);
        Assert.True(source.Load(_root.Path).IsValid);
    }

    [Fact]
    public void FromZip_RandomBytes_IsAProblemNotACrash()
    {
        var bytes = new byte[400];
        new Random(3).NextBytes(bytes);

        var (source, problem) = BankSource.FromZip(new MemoryStream(bytes), "junk.zip");

        Assert.Null(source);
        Assert.Equal(("junk.zip", ProblemSeverity.Error), (problem!.Location.File, problem.Severity));
    }

    [Fact]
    public void Constructor_PathClimbingOut_Throws()
    {
        Assert.Throws<ArgumentException>(() => new BankSource([new BankFile("../etc/occupation.yaml", "")]));
    }

    [Fact]
    public void Freeze_NoEarlierVersion_GivesVersionOneWhoseTextsLoadBack()
    {
        var source = Source(new BankFixture()).Load(_root.Path);

        var frozen = Assert.IsType<FreezeOutcome.Frozen>(BankVersions.Freeze(source, [], Day)).Version;
        var loaded = BankVersions.LoadPublished(new BankFile("bank.yaml", frozen.BankYaml), new BankFile("manifest.yaml", frozen.ManifestYaml));

        Assert.Equal((1, "9-99-99-99"), (frozen.Version, frozen.BankCode));
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Problems));
        Assert.Equal(source.Bank!.Items.Select(ContentHash.Of), loaded.Bank!.Items.Select(ContentHash.Of));
    }

    [Fact]
    public void Freeze_AfterVersionsOneAndFive_GivesSix()
    {
        var source = Source(new BankFixture()).Load(_root.Path);

        var frozen = Assert.IsType<FreezeOutcome.Frozen>(BankVersions.Freeze(source, [(5, source), (1, source)], Day)).Version;

        Assert.Equal(6, frozen.Version);
    }

    [Fact]
    public void Freeze_ItemChangedWithoutRaisedVersion_IsRefusedAgainstEachEarlierVersion()
    {
        var original = Source(new BankFixture()).Load(_root.Path);
        var unrelated = Source(new BankFixture().Replace(BankFixture.Items, "id: j-cooking-1", "id: j-cooking-9")).Load(_root.Path);
        var changed = Source(new BankFixture().Replace(BankFixture.Items, "A: s-basic-1 选项一", "A: s-basic-1 新选项一")).Load(_root.Path);

        var refused = Assert.IsType<FreezeOutcome.Refused>(BankVersions.Freeze(changed, [(1, original), (2, unrelated)], Day));

        var problems = refused.Problems.Where(p => p.Message.Contains("s-basic-1", StringComparison.Ordinal)).Select(p => p.Message).ToList();
        Assert.Equal(2, problems.Count);
        Assert.Contains("第 1 版", problems[0], StringComparison.Ordinal);
        Assert.Contains("第 2 版", problems[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Freeze_SourceWithAnError_IsRefusedWithThatError()
    {
        var source = Source(new BankFixture().Replace(BankFixture.Items, "D: s-basic-1 选项四\n    key: B", "D: s-basic-1 选项四\n    key: E")).Load(_root.Path);

        var refused = Assert.IsType<FreezeOutcome.Refused>(BankVersions.Freeze(source, [], Day));

        Assert.Contains(refused.Problems, p => p.Rule == BankRules.KeyNotAnOption);
    }

    [Fact]
    public void FromZip_EntryThatUnpacksPastItsDeclaredSize_YieldsNoMoreThanDeclared()
    {
        // 80 MB of spaces deflate to about 80 KB; the archive then claims the entry holds 100 bytes.
        var bytes = Deflated("bank/items/bomb.yaml", 80);
        DeclareUncompressedSize(bytes, 100);

        var (source, _) = BankSource.FromZip(new MemoryStream(bytes), "bomb.zip");

        Assert.True(Assert.Single(source!.Files).Text.Length <= 100);
    }

    [Fact]
    public void FromZip_EntryDeclaringMoreThanTheLimit_IsRefusedBeforeItIsRead()
    {
        var bytes = Deflated("bank/items/big.yaml", (int)(BankSource.MaxUnpackedBytes / 1024 / 1024) + 1);

        var (source, problem) = BankSource.FromZip(new MemoryStream(bytes), "big.zip");

        Assert.Null(source);
        Assert.Contains("too large unpacked", problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromZip_MoreEntriesThanTheLimit_IsRefusedBeforeAnyIsRead()
    {
        using var archive = new MemoryStream();
        using (var zip = new ZipArchive(archive, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i <= BankSource.MaxEntries; i++)
            {
                zip.CreateEntry($"junk/{i}.txt", CompressionLevel.NoCompression);
            }
        }

        archive.Position = 0;

        var (source, problem) = BankSource.FromZip(archive, "many.zip");

        Assert.Null(source);
        Assert.Contains("too large unpacked", problem!.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _root.Dispose();

    private static BankSource Source(BankFixture fixture) => new(fixture.Files.Select(f => new BankFile(f.Key, f.Value)));

    private static byte[] Deflated(string path, int megabytes)
    {
        using var archive = new MemoryStream();
        using (var zip = new ZipArchive(archive, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < megabytes; i++)
            {
                entry.Write(spaces);
            }
        }

        return archive.ToArray();
    }

    // Writes a false uncompressed size into the first local header and the last central directory record (one entry).
    private static void DeclareUncompressedSize(byte[] zip, uint size)
    {
        Assert.Equal(0x04034b50u, BitConverter.ToUInt32(zip, 0));
        BitConverter.GetBytes(size).CopyTo(zip, 22);
        var central = zip.Length - 4;
        while (BitConverter.ToUInt32(zip, central) != 0x02014b50u)
        {
            central--;
        }

        BitConverter.GetBytes(size).CopyTo(zip, central + 24);
    }
}
