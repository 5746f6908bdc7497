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
    public void Postgres_WithoutTimeoutPoolSizeOrAutoPrepare_GetsTheShortConnectTimeoutTheSmallerPoolAndPreparedStatements()
    {
        var settings = new StorageSettings.Postgres("Host=db.example;Username=certengine;Database=exams");

        var applied = new Npgsql.NpgsqlConnectionStringBuilder(settings.ConnectionString);

        Assert.Equal(StorageSettings.Postgres.DefaultConnectTimeoutSeconds, applied.Timeout);
        Assert.Equal(StorageSettings.Postgres.DefaultOtherPoolSize, applied.MaxPoolSize);
        Assert.Equal(StorageSettings.Postgres.DefaultMaxAutoPrepare, applied.MaxAutoPrepare);
        Assert.Equal("db.example", applied.Host);
    }

    [Theory]
    [InlineData("Host=db.example;Max Auto Prepare=0", 0)]
    [InlineData("Host=db.example;max auto prepare=5", 5)]
    public void Postgres_WithAutoPrepare_KeepsTheOperatorsValue(string connectionString, int expected)
    {
        var settings = new StorageSettings.Postgres(connectionString);

        var autoPrepare = new Npgsql.NpgsqlConnectionStringBuilder(settings.ConnectionString).MaxAutoPrepare;

        Assert.Equal(expected, autoPrepare);
    }

    [Theory]
    [InlineData("Host=db.example;Maximum Pool Size=100", 100)]
    [InlineData("Host=db.example;maximum pool size=7", 7)]
    [InlineData("Host=db.example;MaxPoolSize=12", 12)]
    public void Postgres_WithPoolSize_KeepsTheOperatorsValueForEachPool(string connectionString, int expected)
    {
        var settings = new StorageSettings.Postgres(connectionString);

        var poolSize = new Npgsql.NpgsqlConnectionStringBuilder(settings.ConnectionString).MaxPoolSize;
        var grainStoragePoolSize = new Npgsql.NpgsqlConnectionStringBuilder(settings.GrainStorageConnectionString).MaxPoolSize;

        Assert.Equal(expected, poolSize);
        Assert.Equal(expected, grainStoragePoolSize);
    }

    [Theory]
    [InlineData("Host=db.example;Database=exams;Timeout=15", 15)]
    [InlineData("Host=db.example;Database=exams;timeout=40", 40)]
    public void Postgres_WithTimeout_KeepsTheOperatorsValue(string connectionString, int expected)
    {
        var settings = new StorageSettings.Postgres(connectionString);

        var timeout = new Npgsql.NpgsqlConnectionStringBuilder(settings.ConnectionString).Timeout;

        Assert.Equal(expected, timeout);
    }

    [Fact]
    public void Postgres_WithoutMultiplexing_MultiplexesOnlyTheGrainStorageConnection()
    {
        var settings = new StorageSettings.Postgres("Host=db.example;Database=exams");

        var grainStorage = new Npgsql.NpgsqlConnectionStringBuilder(settings.GrainStorageConnectionString);
        var others = new Npgsql.NpgsqlConnectionStringBuilder(settings.ConnectionString);

        Assert.True(grainStorage.Multiplexing);
        Assert.False(others.Multiplexing);
        Assert.Equal(StorageSettings.Postgres.DefaultMaxAutoPrepare, grainStorage.MaxAutoPrepare);
        Assert.Equal(StorageSettings.Postgres.DefaultGrainStoragePoolSize, grainStorage.MaxPoolSize);
        Assert.Equal(StorageSettings.Postgres.DefaultMaxPoolSize, grainStorage.MaxPoolSize + others.MaxPoolSize);
        Assert.Equal(StorageSettings.Postgres.DefaultConnectTimeoutSeconds, grainStorage.Timeout);
        Assert.Equal(StorageSettings.Postgres.DefaultGrainStorageCommandTimeoutSeconds, grainStorage.CommandTimeout);
        Assert.Equal(30, others.CommandTimeout);
    }

    [Theory]
    [InlineData("Host=db.example;Command Timeout=45", 45)]
    [InlineData("Host=db.example;commandtimeout=10", 10)]
    public void Postgres_WithCommandTimeout_KeepsTheOperatorsValueForBoth(string connectionString, int expected)
    {
        var settings = new StorageSettings.Postgres(connectionString);

        Assert.Equal(expected, new Npgsql.NpgsqlConnectionStringBuilder(settings.GrainStorageConnectionString).CommandTimeout);
        Assert.Equal(expected, new Npgsql.NpgsqlConnectionStringBuilder(settings.ConnectionString).CommandTimeout);
    }

    [Theory]
    [InlineData("Host=db.example;Multiplexing=false", false)]
    [InlineData("Host=db.example;multiplexing=true", true)]
    public void Postgres_WithMultiplexing_KeepsTheOperatorsValueForGrainStorageOnly(string connectionString, bool expected)
    {
        var settings = new StorageSettings.Postgres(connectionString);

        Assert.Equal(expected, new Npgsql.NpgsqlConnectionStringBuilder(settings.GrainStorageConnectionString).Multiplexing);
        Assert.False(new Npgsql.NpgsqlConnectionStringBuilder(settings.ConnectionString).Multiplexing);
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
