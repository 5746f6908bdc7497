using CertEngine.Storage.Tests.Infrastructure;

namespace CertEngine.Storage.Tests.Keys;

/// <summary>The key tables on a real SQLite file.</summary>
public sealed class SqliteKeyTableTests(SqliteTarget target) : KeyTableContractTests(target), IClassFixture<SqliteTarget>;
