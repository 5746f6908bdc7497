using CertEngine.Server.Hosting;
using CertEngine.Server.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace CertEngine.Server.Tests.Hosting;

/// <summary>The silo's own settings that the exam-day measurements depend on.</summary>
[Collection(ApiCollection.Name)]
public sealed class SiloSettingsTests(ApiHost host)
{
    // Orleans' default of 1,000,000 allocates a million-entry table that the dashboard walks every second.
    [Fact]
    public void GrainLocationCache_IsBoundedBelowOrleansDefault()
    {
        var cacheSize = host.Services.GetRequiredService<IOptions<GrainDirectoryOptions>>().Value.CacheSize;

        Assert.Equal(CertEngineSilo.GrainLocationCacheSize, cacheSize);
        Assert.True(cacheSize < new GrainDirectoryOptions().CacheSize);
    }
}
