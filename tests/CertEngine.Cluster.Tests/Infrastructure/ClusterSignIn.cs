using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace CertEngine.Cluster.Tests.Infrastructure;

/// <summary>
/// Signing in to a cluster over HTTP: the first Admin through the one-time setup link a silo prints, a candidate with
/// ticket, ID number and access code, and clients that carry the cookie to whichever silo they talk to. The cookie keys
/// live in the database, so every silo of the cluster accepts a cookie any of them issued.
/// </summary>
public static partial class ClusterSignIn
{
    private static readonly TimeSpan SetupLinkTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Creates the first Admin through a setup link and signs it in; returns its cookie (<c>certengine=…</c>). Every silo
    /// armed a token when it started and the later one replaced the earlier, so exactly one of the printed links works.
    /// </summary>
    public static async Task<string> FirstAdminAsync(IReadOnlyList<ServerProcess> servers, string userName, string password)
    {
        using var client = Client(servers[0]);
        var created = 0;
        foreach (var server in servers)
        {
            var token = await SetupTokenAsync(server);
            using var setup = await client.PostAsJsonAsync("/api/setup", new { token, userName, displayName = "系统管理员", password });
            created += setup.StatusCode == HttpStatusCode.NoContent ? 1 : 0;
        }

        if (created != 1)
        {
            throw new InvalidOperationException($"{created} of {servers.Count} setup links created the first Admin; exactly one should.");
        }

        using var signIn = await client.PostAsJsonAsync("/api/account/sign-in", new { userName, password });
        return await CookieOfAsync(signIn, "staff sign-in");
    }

    /// <summary>Signs a candidate in on <paramref name="server"/> and returns the candidate's cookie.</summary>
    public static async Task<string> CandidateAsync(ServerProcess server, string ticket, string idNumber, string accessCode)
    {
        using var client = Client(server);
        using var signIn = await client.PostAsJsonAsync("/api/candidate/sign-in", new { ticket, idNumber, accessCode });
        return await CookieOfAsync(signIn, $"candidate sign-in on :{server.Ports.Http}");
    }

    /// <summary>
    /// A client of <paramref name="server"/> that sends exactly <paramref name="cookie"/> (no cookie jar: a jar keys by
    /// host, not port, and would carry one silo's cookies to another behind the test's back).
    /// </summary>
    public static HttpClient Client(ServerProcess server, string? cookie = null)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (cookie is not null)
        {
            client.DefaultRequestHeaders.Add("Cookie", cookie);
        }

        return client;
    }

    private static async Task<string> CookieOfAsync(HttpResponseMessage response, string what)
    {
        if (response.StatusCode != HttpStatusCode.OK || !response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            throw new InvalidOperationException($"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return cookies.Single(value => value.StartsWith("certengine=", StringComparison.Ordinal)).Split(';')[0];
    }

    private static async Task<string> SetupTokenAsync(ServerProcess server) =>
        (await server.LineAsync(SetupLink(), SetupLinkTimeout)).Groups[1].Value;

    [GeneratedRegex(@"/setup\?token=([0-9a-f]{40})")]
    private static partial Regex SetupLink();
}
