using Xunit.Sdk;

namespace CertEngine.Storage.Tests.Infrastructure;

/// <summary>
/// A fact of the storage contract. Declared once on the abstract suite; the discoverer looks at the concrete
/// class, and skips the test when that class is <see cref="RequiresPostgresAttribute"/> and no PostgreSQL is
/// configured outside CI.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("CertEngine.Storage.Tests.Infrastructure.StorageFactDiscoverer", "CertEngine.Storage.Tests")]
public sealed class StorageFactAttribute : FactAttribute;
