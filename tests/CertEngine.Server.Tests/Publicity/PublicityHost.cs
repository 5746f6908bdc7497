using CertEngine.Server.Tests.Api;
using CertEngine.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace CertEngine.Server.Tests.Publicity;

/// <summary>The API host on the shipped tracks (成绩公示 on, 5 working days), with a generous objection limit.</summary>
public class PublicityHost : ApiHost
{
    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("CertEngine:TracksRoot", RepositoryPaths.Tracks);
        builder.UseSetting("CertEngine:Publicity:ObjectionsPerWindow", ObjectionLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Objections one address may lodge per window on this host.</summary>
    protected virtual int ObjectionLimit => 1_000;
}

/// <summary>The same host with the shipped objection limit's order of magnitude: two per window.</summary>
public sealed class StrictPublicityHost : PublicityHost
{
    protected override int ObjectionLimit => 2;
}
