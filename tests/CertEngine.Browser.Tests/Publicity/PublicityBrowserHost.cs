using CertEngine.Browser.Tests.Infrastructure;
using CertEngine.TestSupport;

namespace CertEngine.Browser.Tests.Publicity;

/// <summary>The browser host on the shipped tracks: 成绩公示 on (5 working days) for 家务服务员.</summary>
public sealed class PublicityBrowserHost : BrowserHost
{
    protected override string TracksRoot => RepositoryPaths.Tracks;
}
