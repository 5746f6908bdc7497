namespace CertEngine.Storage.Tests.Infrastructure;

/// <summary>Marks a test class whose <see cref="StorageFactAttribute"/> tests need the PostgreSQL server.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresPostgresAttribute : Attribute;
