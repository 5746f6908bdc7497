using System.Net;
using System.Text;
using System.Text.Json;
using CertEngine.Server.Web.Security;

namespace CertEngine.Server.Tests.Api;

/// <summary>
/// Every API endpoint × every kind of caller × where the request comes from: anonymous gets 401, a signed-in caller whose
/// role may not use it gets 403, and a caller whose role may use it gets past authorization (any answer but 401/403,
/// never a 5xx), whether the request names no origin (a script) or the server's own; a state-changing request a browser
/// says came from a page of another origin (another port, a sibling subdomain, anywhere) is refused with 403 for
/// everybody, before authorization and before the endpoint runs.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RoleMatrixTests(ApiHost host)
{
    private const string Admin = "Admin", Manager = "CentreManager", Proctor = "Proctor", Assessor = "Assessor", Candidate = "Candidate";
    private const string Supervisor = "Supervisor", Authority = "Authority";
    private static readonly string[] Staff = [Admin, Manager, Proctor, Assessor, Supervisor, Authority];
    private static readonly string[] Reports = [Admin, Manager, Authority];
    private static readonly string[] Registrar = [Admin, Manager];
    private static readonly string[] Proctoring = [Admin, Manager, Proctor];
    private static readonly string[] Watching = [Admin, Manager, Proctor, Supervisor];
    // A sitting's console: the chief assessor of a practical sitting runs it too (the sitting itself is checked per request).
    private static readonly string[] Console = [Admin, Manager, Proctor, Assessor];
    private static readonly string[] ConsoleWatching = [Admin, Manager, Proctor, Supervisor, Assessor];
    private static readonly string[] Oversight = [Admin, Manager, Supervisor];
    private static readonly string[] Everyone = [Admin, Manager, Proctor, Assessor, Supervisor, Authority, Candidate];

    /// <summary>Method, path, and the roles allowed.</summary>
    public static TheoryData<string, string, string[]> Endpoints => new()
    {
        { "GET", "/api/account/me", Everyone },
        { "PUT", "/api/account/password", Staff },
        { "GET", "/api/staff", [Admin] },
        { "POST", "/api/staff", [Admin] },
        { "PUT", "/api/staff/nobody/roles", [Admin] },
        { "PUT", "/api/staff/nobody/disabled", [Admin] },
        { "POST", "/api/sessions", Registrar },
        { "POST", "/api/sessions/no-such-sitting/regrade", Registrar },
        { "GET", "/api/sessions/no-such-sitting", ConsoleWatching },
        { "GET", "/api/sessions/no-such-sitting/roster", ConsoleWatching },
        { "POST", "/api/sessions/no-such-sitting/open-check-in", Console },
        { "POST", "/api/sessions/no-such-sitting/check-in", Console },
        { "POST", "/api/sessions/no-such-sitting/start", Console },
        { "POST", "/api/sessions/no-such-sitting/pause", Console },
        { "POST", "/api/sessions/no-such-sitting/resume", Console },
        { "POST", "/api/sessions/no-such-sitting/extend", Console },
        { "POST", "/api/sessions/no-such-sitting/close", Console },
        { "POST", "/api/candidates", Registrar },
        { "GET", "/api/candidates", Registrar },
        { "GET", "/api/candidates/110101199003074477", Registrar },
        { "PUT", "/api/candidates/110101199003074477", Registrar },
        { "POST", "/api/candidates/110101199003074477/enrolments", Registrar },
        { "GET", "/api/candidates/110101199003074477/evidence", Registrar },
        { "POST", "/api/candidates/110101199003074477/evidence", Registrar },
        { "PUT", "/api/candidates/110101199003074477/evidence/e1", Registrar },
        { "DELETE", "/api/candidates/110101199003074477/evidence/e1", Registrar },
        { "POST", "/api/candidates/110101199003074477/evidence/apply", Registrar },
        { "GET", "/api/eligibility/reviews", Registrar },
        { "POST", "/api/eligibility/reviews/0123456789abcdef0123456789abcdef/approve", Registrar },
        { "POST", "/api/eligibility/reviews/0123456789abcdef0123456789abcdef/reject", Registrar },
        { "POST", "/api/candidates/import", Registrar },
        { "GET", "/api/candidates/import-template", Registrar },
        { "PUT", "/api/candidates/110101199003074477/photo", Registrar },
        { "GET", "/api/candidates/110101199003074477/photo", Registrar },
        { "DELETE", "/api/candidates/110101199003074477/photo", Registrar },
        { "POST", "/api/candidates/photos", Registrar },
        { "GET", "/api/sessions/no-such-sitting/seats/1/photo", ConsoleWatching },
        { "GET", "/api/certificates/search?q=S000000000000000000000", Registrar },
        { "GET", "/api/reports/programme?year=2025", Reports },
        { "GET", "/api/reports/programme/charts/targets.png?year=2025&width=240&height=180", Reports },
        { "GET", "/api/reports/programme/targets", Reports },
        { "PUT", "/api/reports/programme/targets", [Admin] },
        { "GET", "/api/subsidies?year=2025", Registrar },
        { "POST", "/api/subsidies/S000000000000000000000/state", Registrar },
        { "GET", "/api/subsidies/S000000000000000000000/history", Registrar },
        { "GET", "/api/tracks?key=none", Staff },
        { "GET", "/api/tracks/catalogue", Staff },
        { "POST", "/api/tracks/open", Registrar },
        { "POST", "/api/tracks/issue", Registrar },
        { "POST", "/api/tracks/adopt-rules", Registrar },
        { "GET", "/api/tracks/rules/4-10-01-06", Staff },
        { "GET", "/api/tracks/rules/4-10-01-06/versions/0", Staff },
        { "POST", "/api/tracks/rules/4-10-01-06/validate", Registrar },
        { "POST", "/api/tracks/rules/4-10-01-06", Registrar },
        { "GET", "/api/certificates/S000000000000000000000/record", Registrar },
        { "POST", "/api/certificates/S000000000000000000000/suspend", Registrar },
        { "POST", "/api/certificates/S000000000000000000000/reinstate", Registrar },
        { "POST", "/api/certificates/S000000000000000000000/revoke", Registrar },
        { "POST", "/api/certificates/S000000000000000000000/reissue", Registrar },
        { "GET", "/api/certificates/S000000000000000000000/document?format=html", Registrar },
        { "GET", "/api/certificates/batch?session=none&format=html", Registrar },
        { "GET", "/api/certificates/readiness?track=none", Registrar },
        { "POST", "/api/certificates/issue-batch", Registrar },
        { "GET", "/api/results/sittings/none", Registrar },
        { "GET", "/api/results/tracks?key=none", Registrar },
        { "GET", "/api/results/transcripts/110101199003074477?track=none", Registrar },
        { "GET", "/api/audit?subject=session/none", Registrar },
        { "GET", "/api/analytics/raters?from=2026-11-01&to=2026-11-30", Registrar },
        { "GET", "/api/analytics/raters/chart.png?from=2026-11-01&to=2026-11-30", Registrar },
        { "GET", "/api/exports/certificates.xlsx?from=2030-01-01&to=2030-01-02", Registrar },
        { "GET", "/api/exports/certificates.csv?from=2030-01-01&to=2030-01-02", Registrar },
        { "GET", "/api/exports/results.xlsx?batch=none", Registrar },
        { "GET", "/api/exports/results.csv?batch=none", Registrar },
        { "GET", "/api/exports", Registrar },
        { "GET", "/api/certificates/near-duplicates", Registrar },
        { "GET", "/api/candidates/110101199003074477/credit-record", Registrar },
        { "POST", "/api/training-hours", Registrar },
        { "GET", "/api/attempt", [Candidate] },
        { "GET", "/api/attempt/status", [Candidate] },
        { "PUT", "/api/attempt/answers/0", [Candidate] },
        { "POST", "/api/attempt/submit", [Candidate] },
        { "GET", "/api/sessions", Proctoring },
        { "POST", "/api/sessions/no-such-sitting/seats/1/check-in", Console },
        { "POST", "/api/sessions/no-such-sitting/seats/1/unlock", Console },
        { "GET", "/api/security-events", [Admin] },
        { "GET", "/api/practical/assignments", [Assessor] },
        { "GET", "/api/practical/adjudications", [Assessor] },
        { "GET", "/api/practical/no-such-sitting/ZK1/tasks/T1", [Assessor] },
        { "POST", "/api/practical/no-such-sitting/ZK1/tasks/T1/sheet", [Assessor] },
        { "POST", "/api/practical/no-such-sitting/ZK1/tasks/T1/adjudication", [Assessor] },
        { "GET", "/api/banks", Staff },
        { "GET", "/api/banks/4-10-01-06", Staff },
        { "POST", "/api/banks/drafts", Registrar },
        { "GET", "/api/banks/4-10-01-06/draft", Staff },
        { "POST", "/api/banks/NO-SUCH-BANK/publish", Registrar },
        { "GET", "/api/banks/4-10-01-06/diff?from=1&to=1", Staff },
        { "GET", "/api/banks/4-10-01-06/versions/1/manifest.yaml", Staff },
        { "GET", "/api/publicity", Registrar },
        { "POST", "/api/publicity/sittings/no-such-sitting", Registrar },
        { "POST", "/api/publicity/range", Registrar },
        { "GET", "/api/publicity/objections", Registrar },
        { "POST", "/api/publicity/objections/none/answer", Registrar },
        { "POST", "/api/publicity/objections/none/close", Registrar },
        { "POST", "/api/banks/NO-SUCH-BANK/drafts/next", Registrar },
        { "GET", "/api/analytics/banks/ZX-ZLSN/versions/1/items", Registrar },
        { "GET", "/api/analytics/banks/ZX-ZLSN/versions/1/items.xlsx", Registrar },
        { "GET", "/api/analytics/banks/ZX-ZLSN/versions/1/responses.csv", Registrar },
        { "GET", "/api/analytics/banks/ZX-ZLSN/versions/1/charts/item-map.png", Registrar },
        { "GET", "/api/analytics/banks/ZX-ZLSN/versions/1/charts/options.png", Registrar },
        { "GET", "/api/analytics/banks/ZX-ZLSN/versions/1/charts/scores.png", Registrar },
        { "POST", "/api/analytics/banks/NO-SUCH-BANK/versions/1/items/x/marks", Registrar },
        { "PUT", "/api/staff/nobody/external", [Admin] },
        { "POST", "/api/sessions/no-such-sitting/cancel", Registrar },
        { "POST", "/api/sessions/no-such-sitting/reschedule", Registrar },
        { "POST", "/api/sessions/no-such-sitting/move", Registrar },
        { "PUT", "/api/sessions/no-such-sitting/supervisors", Registrar },
        { "POST", "/api/sessions/no-such-sitting/seats/1/absent", Console },
        { "POST", "/api/sessions/no-such-sitting/seats/1/misconduct", Console },
        { "GET", "/api/sessions/no-such-sitting/supervision", Oversight },
        { "POST", "/api/sessions/no-such-sitting/supervision", [Supervisor] },
        { "GET", "/api/sessions/no-such-sitting/audit", Oversight },
        { "GET", "/api/sessions/no-such-sitting/results", Oversight },
        { "GET", "/api/supervision/sittings", [Supervisor] },
        { "GET", "/api/exports/progress/abcdefgh12345678", Registrar },
        { "GET", "/api/batches", Registrar },
        { "POST", "/api/batches", Registrar },
        { "GET", "/api/batches/B20261123-none", Registrar },
        { "POST", "/api/publicity/batches/B20261123-none", Registrar },
        { "GET", "/api/analytics/sittings/no-such-sitting/signals", Watching },
    };

    /// <summary>Where a request comes from, as the headers a browser (or a script) sends say; foreign ones are refused.</summary>
    public static readonly (string Name, bool Foreign, (string Header, string Value)[] Headers)[] Origins =
    [
        ("no Origin (script)", false, []),
        ("own origin", false, [("Origin", "http://localhost"), ("Sec-Fetch-Site", "same-origin")]),
        ("own origin, old browser", false, [("Origin", "http://localhost")]),
        ("another port", true, [("Origin", "http://localhost:9999")]),
        ("another host", true, [("Origin", "http://127.0.0.1:9999")]),
        ("Origin: null", true, [("Origin", "null")]),
        ("same-site page", true, [("Sec-Fetch-Site", "same-site")]),
        ("cross-site page", true, [("Sec-Fetch-Site", "cross-site")]),
    ];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_EachKindOfCallerFromEachOrigin_GetsItsCell(string method, string path, string[] allowed)
    {
        var callers = await CallersAsync();
        foreach (var (role, client) in callers)
        {
            foreach (var (from, foreign, headers) in Origins)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method != "GET")
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                foreach (var (header, value) in headers)
                {
                    request.Headers.Add(header, value);
                }

                var response = await client.SendAsync(request);
                var status = (int)response.StatusCode;
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(status < 500, $"{role} {method} {path} from {from}: {status} {body}");
                // A cross-site GET changes nothing and its answer cannot be read by the other page: only the rest is refused.
                var expected = foreign && method != "GET" ? "cross-site 403"
                    : role == "anonymous" ? "401" : allowed.Contains(role) ? "allowed" : "403";
                var actual = response.StatusCode switch
                {
                    HttpStatusCode.Unauthorized => "401",
                    HttpStatusCode.Forbidden when IsCrossSiteRefusal(body) => "cross-site 403",
                    HttpStatusCode.Forbidden => "403",
                    _ => "allowed",
                };
                Assert.True(expected == actual, $"{role} {method} {path} from {from}: expected {expected}, got {status} {body}");
            }
        }
    }

    [Fact]
    public async Task DisabledStaff_NextRequest_IsSignedOut()
    {
        var admin = await host.AdminAsync();
        var proctor = await host.StaffAsync("proctor.leaving", Proctor);
        Assert.Equal(HttpStatusCode.OK, (await proctor.GetAsync("/api/account/me")).StatusCode);

        var disabled = await admin.PutAsync("/api/staff/proctor.leaving/disabled", new StringContent("""{"disabled":true,"reason":"离职"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NoContent, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await proctor.GetAsync("/api/account/me")).StatusCode);
    }

    [Fact]
    public async Task Setup_SecondTime_IsRefusedAndCreatesNoAccount()
    {
        await host.AdminAsync();
        var client = host.NewClient();

        var again = await client.PostAsync("/api/setup", new StringContent(
            """{"token":"0000000000000000000000000000000000000000","userName":"intruder","displayName":"x","password":"long-enough-password"}""", Encoding.UTF8, "application/json"));
        var signIn = await client.PostAsync("/api/account/sign-in", new StringContent("""{"userName":"intruder","password":"long-enough-password"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
    }

    /// <summary>
    /// The operators' endpoints outside <c>/api</c> (issue 18): <c>/metrics</c> and the Orleans Dashboard. Only the listed
    /// roles are served (200); everyone else is refused (403 for <c>/metrics</c>, even anonymous: it is not a sign-in
    /// matter; a redirect to the sign-in or access-denied page for the dashboard's pages), never a 5xx.
    /// </summary>
    public static TheoryData<string, string[]> OperatorEndpoints => new()
    {
        { "/metrics", [Admin] },
        { "/admin/orleans/", [Admin] },
        { "/admin/orleans/index.min.js", [Admin] },
        { "/admin/orleans/DashboardCounters", [Admin] },
    };

    [Theory]
    [MemberData(nameof(OperatorEndpoints))]
    public async Task OperatorEndpoint_EachKindOfCaller_IsServedOnlyWhenItsRoleIsListed(string path, string[] allowed)
    {
        foreach (var (role, client) in await CallersAsync())
        {
            var response = await client.GetAsync(path);

            Assert.True((int)response.StatusCode < 500, $"{role} GET {path}: {(int)response.StatusCode}");
            Assert.True(allowed.Contains(role) == (response.StatusCode == HttpStatusCode.OK), $"{role} GET {path}: {(int)response.StatusCode}");
        }
    }

    /// <summary>Whether <paramref name="body"/> is the ProblemDetails of <see cref="CrossSiteRequestGate"/>'s refusal.</summary>
    public static bool IsCrossSiteRefusal(string body) =>
        body.StartsWith('{') && JsonDocument.Parse(body).RootElement.TryGetProperty("title", out var title) && title.GetString() == CrossSiteRequestGate.Title;

    private async Task<List<(string Role, HttpClient Client)>> CallersAsync()
    {
        var sitting = await SittingAsync.CreateAsync(host, candidates: 1, start: false);
        return
        [
            ("anonymous", host.NewClient()),
            (Admin, await host.AdminAsync()),
            (Manager, await host.StaffAsync("matrix.manager", Manager)),
            (Proctor, await host.StaffAsync("matrix.proctor", Proctor)),
            (Assessor, await host.StaffAsync("matrix.assessor", Assessor)),
            (Supervisor, await host.StaffAsync("matrix.supervisor", Supervisor)),
            (Authority, await host.StaffAsync("matrix.authority", Authority)),
            (Candidate, await sitting.SignInCandidateAsync(0)),
        ];
    }
}
