using CertEngine.Server.Tests.Api;
using CertEngine.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace CertEngine.Server.Tests.Supervision;

/// <summary>The API host on the shipped tracks with 逢考必督 turned on for 4-10-01-06 (<c>supervision: required</c>) and 公示 as shipped.</summary>
public sealed class SupervisedHost : ApiHost
{
    private static readonly Lazy<string> Tracks = new(Make, LazyThreadSafetyMode.ExecutionAndPublication);

    protected override void ConfigureSettings(IWebHostBuilder builder) => builder.UseSetting("CertEngine:TracksRoot", Tracks.Value);

    private static string Make()
    {
        var target = Directory.CreateTempSubdirectory("certengine-supervised-tracks-").FullName;
        foreach (var file in Directory.GetFiles(RepositoryPaths.Tracks, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(RepositoryPaths.Tracks, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        File.AppendAllText(Path.Combine(target, "4-10-01-06.yaml"), "\nsupervision: required\n");
        return target;
    }
}
