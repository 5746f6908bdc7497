namespace CertEngine.Server.Tests.Certificates;

/// <summary>The tests that share one demo run.</summary>
[CollectionDefinition(Name)]
public sealed class CertificateCollection : ICollectionFixture<CertificateWorld>
{
    public const string Name = "certificates";
}
