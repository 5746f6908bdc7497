namespace CertEngine.Browser.Tests.Infrastructure;

/// <summary>One server and one Chromium for every browser test: starting them is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHost>
{
    public const string Name = "browser";
}
