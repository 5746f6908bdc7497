namespace CertEngine.Storage.Tests;

public sealed class StorageSettingsTests
{
    [Fact]
    public void Postgres_ToString_LeavesOutThePassword()
    {
        var settings = new StorageSettings.Postgres("Host=db.example;Port=5433;Username=certengine;Password=s3cret-pw;Database=exams");

        var text = settings.ToString();

        Assert.Equal("Postgres { Host = db.example, Port = 5433, Database = exams }", text);
    }

    [Fact]
    public void Embedded_RelativeDirectory_IsResolvedToAnAbsoluteDatabasePath()
    {
        var settings = new StorageSettings.Embedded("data");

        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "data", "certengine.db"), settings.DatabasePath);
        Assert.Equal(StorageDialect.Sqlite, settings.Dialect);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructors_BlankArgument_Throw(string blank)
    {
        Assert.Throws<ArgumentException>(() => new StorageSettings.Embedded(blank));
        Assert.Throws<ArgumentException>(() => new StorageSettings.Postgres(blank));
    }
}
