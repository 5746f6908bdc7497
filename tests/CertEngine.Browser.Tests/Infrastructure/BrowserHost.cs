using System.Collections.Concurrent;
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
using Microsoft.Playwright;
using Orleans.TestingHost;

namespace CertEngine.Browser.Tests.Infrastructure;

/// <summary>
/// The real server listening on a free loopback port (silo, embedded SQLite store in a temp folder, the repository's banks,
/// tracks and certificates) on a simulated clock for grain time, with the first-start setup done, and one shared headless
/// Chromium (Debian's, never downloaded) driven by Playwright. Staff and candidates are set up through the HTTP API; pages
/// come from <see cref="NewPageAsync"/>, which saves a screenshot when the page is disposed.
/// </summary>
public class BrowserHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Track5 = "4-10-01-06/家务服务员/5";
    public const string Password = "correct-horse-battery";
    public const string ChromiumPath = "/usr/bin/chromium";
    private readonly string _data = Path.Combine(Path.GetTempPath(), "certengine-browser-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly ConcurrentDictionary<HttpClient, CookieContainer> _cookies = new();
    private readonly SemaphoreSlim _setupLock = new(1, 1);
    private readonly int _port = FreePorts.Next();
    private HttpClient? _admin;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserHost()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, _port));
    }

    /// <summary>08:00 Beijing time on a Monday; grain time starts here.</summary>
    public static DateTimeOffset Epoch { get; } = new(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Grain time: advance it to move exams on; the browser keeps its own clock.</summary>
    public FakeTimeProvider Clock { get; } = new(Epoch);

    /// <summary>Where Chromium reaches the server, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{_port}");

    /// <summary>Every log line the server wrote.</summary>
    private readonly LogCapture _log = new();

    /// <summary>Every line the server logs.</summary>
    public IReadOnlyCollection<string> Log => _log.Lines;

    /// <summary>Completes when the server logs a line <paramref name="matches"/> accepts (with a deadline, so a test fails rather than hangs).</summary>
    public Task<string> LoggedAsync(Func<string, bool> matches) => _log.LineAsync(matches).WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>The folder screenshots go to: <c>TestResults/screenshots</c> beside the test assembly.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <summary>The shared browser (started by <see cref="InitializeAsync"/>).</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser host is not initialised");

    public async Task InitializeAsync()
    {
        StartServer();
        await AdminAsync();
        if (!File.Exists(ChromiumPath))
        {
            // Under CI the browser tests must fail, not vanish (BrowserFactAttribute skips them only outside CI).
            throw new InvalidOperationException($"Chromium is missing at {ChromiumPath}: install it with `apt-get install chromium` (./test.sh does).");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
        // A small machine shared with other work: give the page time to react before an expectation fails.
        Assertions.SetDefaultExpectTimeout(20_000);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>
    /// A fresh browser context (its own cookies and storage) on a phone-sized screen, signed in as <paramref name="signedInAs"/>
    /// when given (its cookies are copied from that API client). The returned page saves <c>{name}-….png</c> as it is
    /// disposed, whether the test passed or failed.
    /// </summary>
    public async Task<BrowserPage> NewPageAsync(string name, HttpClient? signedInAs = null, string? userAgent = null, int width = 390)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            UserAgent = userAgent,
            ViewportSize = new ViewportSize { Width = width, Height = 844 },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            IsMobile = true,
            HasTouch = true,
        });
        if (signedInAs is not null && _cookies.TryGetValue(signedInAs, out var jar))
        {
            await context.AddCookiesAsync(jar.GetAllCookies().Select(c => new Microsoft.Playwright.Cookie
            {
                Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = SameSiteAttribute.Strict,
            }));
        }

        return new BrowserPage(name, context, await context.NewPageAsync(), ScreenshotFolder);
    }

    /// <summary>An API client on the real port that does not follow redirects and keeps its own cookies.</summary>
    public HttpClient NewClient()
    {
        var jar = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { CookieContainer = jar, UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = new Uri(BaseUrl) };
        _cookies[client] = jar;
        return client;
    }

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
                Assert.True(setup.StatusCode == HttpStatusCode.NoContent, await setup.Content.ReadAsStringAsync());
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

    /// <summary>A staff member with the given roles (created once), signed in on a fresh client.</summary>
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

    /// <summary>A theory sitting through the API (see <see cref="TheorySitting.CreateAsync"/>).</summary>
    public Task<TheorySitting> SittingAsync(int candidates, bool start = true) => TheorySitting.CreateAsync(this, candidates, start);

    /// <summary>A valid, unique ID number (Changzhi region code).</summary>
    public static string NewIdNumber() => IdNumbers.New();

    /// <summary>
    /// The tracks folder the server reads. Not sealed for this alone: most pages' tests issue straight after scoring
    /// (成绩公示 off); the 公示 pages' tests run a host on the shipped tracks.
    /// </summary>
    protected virtual string TracksRoot => TracksWithoutPublicity.Root;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var root = RepositoryRoot();
        builder.UseSetting("CertEngine:DataDirectory", _data);
        builder.UseSetting("CertEngine:BankRoot", Path.Combine(root, "question-banks"));
        builder.UseSetting("CertEngine:TracksRoot", TracksRoot);
        builder.UseSetting("CertEngine:CertificatesRoot", Path.Combine(root, "certificates"));
        builder.UseSetting("CertEngine:Programme:Root", Path.Combine(root, "programme"));
        builder.UseSetting("CertEngine:SignInPermitsPerMinute", "100000");
        // The test server listens on no web port; without this the start-up check finds a developer's running server on 5080.
        builder.UseSetting("urls", "http://127.0.0.1:" + _port.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("CertEngine:SiloPort", FreePorts.Next().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("CertEngine:GatewayPort", FreePorts.Next().ToString(CultureInfo.InvariantCulture));
        builder.ConfigureLogging(logging => logging.AddProvider(_log));
        builder.ConfigureServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            // Only grain time is simulated; the silo's own housekeeping keeps real time.
            services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            foreach (var client in _cookies.Keys)
            {
                client.Dispose();
            }

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

    private async Task<string> SetupTokenAsync()
    {
        // The real server prints the link once it is ready.
        return await _log.SetupToken.WaitAsync(TimeSpan.FromSeconds(60));
    }

    internal static string RepositoryRoot() => RepositoryPaths.Root;
}
