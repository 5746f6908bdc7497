using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CertEngine.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace CertEngine.Server.Tests.Api;

/// <summary>
/// The real server (silo, embedded SQLite store in a temp folder, the repository's banks and tracks) on a simulated clock
/// for grain time, with the first-start setup done: an Admin signed in on <see cref="AdminAsync"/>.
/// </summary>
public class ApiHost : WebApplicationFactory<Program>
{
    public const string Track5 = "4-10-01-06/家务服务员/5";
    public const string Password = "correct-horse-battery";
    private readonly string _data = Path.Combine(Path.GetTempPath(), "certengine-api-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly SemaphoreSlim _setupLock = new(1, 1);
    private HttpClient? _admin;

    /// <summary>08:00 Beijing time on a Monday; grain time starts here.</summary>
    public static DateTimeOffset Epoch { get; } = new(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(8));

    public FakeTimeProvider Clock { get; } = new(Epoch);

    /// <summary>Every log line the server wrote, for checking what an operator sees.</summary>
    private readonly LogCapture _log = new();

    /// <summary>Every line the server logs.</summary>
    public IReadOnlyCollection<string> Log => _log.Lines;

    /// <summary>Every line the server logs, with its category and event id.</summary>
    public IReadOnlyCollection<LogEntry> LogEntries => _log.Entries;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var root = Cli.BankCommandsTests.RepositoryRoot();
        builder.UseSetting("CertEngine:DataDirectory", _data);
        builder.UseSetting("CertEngine:BankRoot", Path.Combine(root, "question-banks"));
        builder.UseSetting("CertEngine:TracksRoot", TracksWithoutPublicity.Root);
        builder.UseSetting("CertEngine:CertificatesRoot", Path.Combine(root, "certificates"));
        builder.UseSetting("CertEngine:Programme:Root", Path.Combine(root, "programme"));
        builder.UseSetting("CertEngine:SignInPermitsPerMinute", "100000");
        // The test server listens nowhere, but the start's port check reads the web address: a free one, so a server
        // running on the default port 5080 on this machine does not stop the tests.
        builder.UseSetting("urls", "http://127.0.0.1:" + FreePorts.Next().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("CertEngine:SiloPort", FreePorts.Next().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("CertEngine:GatewayPort", FreePorts.Next().ToString(CultureInfo.InvariantCulture));
        builder.ConfigureLogging(logging => logging.AddProvider(_log)
            .AddFilter<LogCapture>(typeof(CertEngine.Server.Web.UnreadableRequestHandler).FullName, LogLevel.Debug)
            .AddFilter<LogCapture>(typeof(CertEngine.Server.Features.Verification.VerificationCounts).FullName, LogLevel.Debug));
        ConfigureSettings(builder);
        builder.ConfigureServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            // Only grain time is simulated; the silo's own housekeeping keeps real time.
            services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
        });
    }

    /// <summary>Settings of a derived host, applied after the defaults above.</summary>
    protected virtual void ConfigureSettings(IWebHostBuilder builder)
    {
    }

    /// <summary>A client that does not follow redirects and keeps its own cookies.</summary>
    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>The Admin created through the one-time setup link the server printed.</summary>
    public async Task<HttpClient> AdminAsync()
    {
        await _setupLock.WaitAsync();
        try
        {
            if (_admin is null)
            {
                var token = await SetupTokenAsync();
                var client = NewClient();
                var setup = await client.PostAsJsonAsync("/api/setup", new { token, userName = "admin", displayName = "系统管理员", password = Password });
                Assert.Equal(HttpStatusCode.NoContent, setup.StatusCode);
                await SignInAsync(client, "admin", Password);
                _admin = client;
            }

            return _admin;
        }
        finally
        {
            _setupLock.Release();
        }
    }

    /// <summary>
    /// Completes when the server logs a line <paramref name="matches"/> accepts, already or (with <paramref name="onlyNew"/>)
    /// from now on; with a deadline, so a test fails rather than hangs.
    /// </summary>
    public Task<string> LoggedAsync(Func<string, bool> matches, bool onlyNew = false) =>
        _log.LineAsync(matches, onlyNew).WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>The token of the setup link in the server's log (awaits the line, with a deadline).</summary>
    public async Task<string> SetupTokenAsync()
    {
        _ = Server; // start the host
        return await _log.SetupToken.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>A new staff member with the given roles, signed in on a fresh client.</summary>
    public async Task<HttpClient> StaffAsync(string userName, params string[] roles)
    {
        var admin = await AdminAsync();
        var created = await admin.PostAsJsonAsync("/api/staff", new { userName, displayName = userName, roles, password = Password });
        Assert.True(created.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, await created.Content.ReadAsStringAsync());
        var client = NewClient();
        await SignInAsync(client, userName, Password);
        return client;
    }

    public static async Task SignInAsync(HttpClient client, string userName, string password)
    {
        var response = await client.PostAsJsonAsync("/api/account/sign-in", new { userName, password });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A valid, unique ID number (Changzhi region code).</summary>
    public static string NewIdNumber() => IdNumbers.New();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _admin?.Dispose();
            _setupLock.Dispose();
            try
            {
                Directory.Delete(_data, recursive: true);
            }
            catch (IOException)
            {
                // The store may still be closing; a temp folder left behind is harmless.
            }
        }
    }
}
