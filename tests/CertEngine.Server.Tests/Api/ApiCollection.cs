namespace CertEngine.Server.Tests.Api;

/// <summary>One server for every API test class: starting a silo is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiHost>
{
    public const string Name = "api";
}
