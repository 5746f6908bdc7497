using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace CertEngine.Benchmarks.Web;

/// <summary>
/// The <c>bare --urls URL</c> command: the yardstick of the verify endpoint's benchmark (verify-wrk.sh), an ASP.NET Core
/// application with nothing but Kestrel, routing and one minimal-API endpoint <c>GET /</c> that writes a short text. The
/// server's own <c>/healthz</c> is no yardstick: it probes the store on every call. Runs until stopped.
/// </summary>
public static class BareEndpointRun
{
    public const string Command = "bare";

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/", () => "Healthy");
        await app.RunAsync();
        return 0;
    }
}
