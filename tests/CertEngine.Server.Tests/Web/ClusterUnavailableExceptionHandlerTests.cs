using System.Text.Json;
using CertEngine.Server.Web.Cluster;
using CertEngine.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CertEngine.Server.Tests.Web;

/// <summary>
/// A request whose grain call cannot reach its silo (one silo of two killed, found by the exam-day run: 740 answers of
/// 500 with a stack trace each in the surviving silo's log) answers 503 with Retry-After, and the log says so once per
/// interval, not once per request.
/// </summary>
public sealed class ClusterUnavailableExceptionHandlerTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero));
    private readonly LogCapture _log = new();
    private readonly ServiceProvider _services;
    private readonly ClusterUnavailableExceptionHandler _handler;

    public ClusterUnavailableExceptionHandlerTests()
    {
        _services = new ServiceCollection().AddLogging(l => l.AddProvider(_log)).AddProblemDetails().BuildServiceProvider();
        _handler = new ClusterUnavailableExceptionHandler(_services.GetRequiredService<IProblemDetailsService>(), _clock,
            _services.GetRequiredService<ILogger<ClusterUnavailableExceptionHandler>>());
    }

    public static TheoryData<Exception> Unreachable => new()
    {
        new SiloUnavailableException("the silo is gone"),
        new AggregateException(new InvalidOperationException("outer", new SiloUnavailableException())),
        new TimeoutException("Response did not arrive on time in 00:00:30"),
    };

    [Theory]
    [MemberData(nameof(Unreachable))]
    public async Task UnreachableSilo_Answers503_WithRetryAfter_AndReadableWords(Exception exception)
    {
        var context = Context();

        var handled = await _handler.TryHandleAsync(context, exception, CancellationToken.None);

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal(ClusterUnavailableExceptionHandler.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), context.Response.Headers.RetryAfter.ToString());
        var body = JsonDocument.Parse(Body(context)).RootElement;
        Assert.Equal(ClusterUnavailableExceptionHandler.Title, body.GetProperty("title").GetString());
        Assert.DoesNotContain("Exception", Body(context), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyOtherFailure_IsLeftToTheNextHandler()
    {
        var context = Context();

        var handled = await _handler.TryHandleAsync(context, new InvalidOperationException("a bug"), CancellationToken.None);

        Assert.False(handled);
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
    }

    [Fact]
    public async Task ManyFailures_AreLoggedOncePerInterval_WithTheirCount()
    {
        for (var i = 0; i < 5; i++)
        {
            await _handler.TryHandleAsync(Context(), new SiloUnavailableException(), CancellationToken.None);
        }

        _clock.Advance(ClusterUnavailableExceptionHandler.LogEvery);
        await _handler.TryHandleAsync(Context(), new SiloUnavailableException(), CancellationToken.None);

        var lines = _log.Lines.Where(l => l.Contains("503", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Contains("1 request(s)", lines[0], StringComparison.Ordinal);
        Assert.Contains("5 request(s)", lines[1], StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _services.Dispose();
        _log.Dispose();
    }

    private DefaultHttpContext Context() => new() { RequestServices = _services, Response = { Body = new MemoryStream() } };

    private static string Body(HttpContext context)
    {
        context.Response.Body.Position = 0;
        return new StreamReader(context.Response.Body).ReadToEnd();
    }
}
