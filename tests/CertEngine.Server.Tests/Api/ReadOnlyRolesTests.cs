using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CertEngine.Server.Tests.Api;

/// <summary>
/// A 督导员 changes nothing about an exam, and the authority (主管部门, read-only) nothing at all: every state-changing
/// endpoint the server maps (found from its route table, so one added later is covered without a new row) refuses a
/// signed-in Supervisor or Authority with 403, but for the Supervisor's one write (filing a supervision record) and what
/// every staff member does to their own account.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ReadOnlyRolesTests(ApiHost host)
{
    /// <summary>What each read-only role may post: the Supervisor its record; both their own password (and sign-out).</summary>
    private static readonly Dictionary<string, HashSet<string>> AllowedOf = new(StringComparer.Ordinal)
    {
        ["Supervisor"] = ["POST /api/sessions/{id}/supervision", "PUT /api/account/password"],
        ["Authority"] = ["PUT /api/account/password"],
    };

    [Theory]
    [InlineData("Supervisor")]
    [InlineData("Authority")]
    public async Task EveryStateChangingEndpoint_RefusesTheRole_ButItsOwnWrites(string role)
    {
        var caller = await host.StaffAsync("readonly." + role.ToLowerInvariant(), role);
        var allowed = AllowedOf[role];
        var writes = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            // Public endpoints (no authorization at all, e.g. the certificate lookup) are everybody's and change no exam.
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0
                && e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Where(m => m is "POST" or "PUT" or "DELETE" or "PATCH")
                .Select(m => (Method: m, Route: e.RoutePattern.RawText!)))
            // Signing out would end the test's own sign-in (and changes nothing about an exam).
            .Where(w => w.Route != "/api/account/sign-out").Distinct().ToList();
        var wrong = new List<string>();

        foreach (var (method, route) in writes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), Concrete(route)) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
            var status = (await caller.SendAsync(request)).StatusCode;
            var key = $"{method} {route}";
            if (allowed.Contains(key) ? status is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized : status != HttpStatusCode.Forbidden)
            {
                wrong.Add($"{key}: {(int)status}");
            }
        }

        Assert.True(writes.Count > 60, $"only {writes.Count} state-changing endpoints found");
        Assert.Contains("POST /api/sessions/{id}/supervision", writes.Select(w => $"{w.Method} {w.Route}"));
        Assert.Empty(wrong);
    }

    // A route with every parameter filled with a value that names nothing.
    private static string Concrete(string route) => System.Text.RegularExpressions.Regex.Replace(route, "\\{([^}:]+)[^}]*\\}",
        m => m.Groups[1].Value is "seat" or "version" ? "1" : "no-such-" + m.Groups[1].Value.ToLowerInvariant());
}
