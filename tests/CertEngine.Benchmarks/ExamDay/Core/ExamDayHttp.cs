using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CertEngine.Benchmarks.ExamDay.Core;

/// <summary>
/// The driver's way to the servers: one client per silo (the driver spreads browsers over them as a load balancer
/// would), every request timed and counted in the <see cref="LatencyBook"/> under an endpoint name.
/// </summary>
public sealed class ExamDayHttp(IReadOnlyList<HttpClient> silos, LatencyBook book)
{
    /// <summary>The silos' clients.</summary>
    public IReadOnlyList<HttpClient> Silos => silos;

    /// <summary>Where every request is counted.</summary>
    public LatencyBook Book => book;

    /// <summary>
    /// Sends one request to silo <paramref name="silo"/> with the cookie and JSON body given; the reply with its body, or
    /// a reply of status 0 when the connection failed. A status outside <paramref name="expected"/> (2xx by default) counts as an error.
    /// </summary>
    public async Task<Reply> SendAsync(string endpoint, int silo, HttpMethod method, string path, string? cookie, object? body = null,
        HttpContent? content = null, Func<HttpStatusCode, bool>? expected = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content ?? (body is null ? null : JsonContent.Create(body)) };
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await silos[silo % silos.Count].SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var ok = expected?.Invoke(response.StatusCode) ?? response.IsSuccessStatusCode;
            book.Record(endpoint, Stopwatch.GetElapsedTime(started).TotalMilliseconds, failed: !ok);
            var cookies = response.Headers.TryGetValues("Set-Cookie", out var set) ? string.Join("; ", set.Select(c => c.Split(';')[0])) : null;
            return new Reply(response.StatusCode, text, cookies);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            book.Record(endpoint, Stopwatch.GetElapsedTime(started).TotalMilliseconds, failed: true);
            return new Reply(0, e.Message, null);
        }
    }

    /// <summary>As <see cref="SendAsync"/>, but a failure ends the run with the server's words (setup steps, which must not fail).</summary>
    public async Task<Reply> MustAsync(string endpoint, int silo, HttpMethod method, string path, string? cookie, object? body = null,
        HttpContent? content = null, bool allowConflict = false)
    {
        // A 503 (the store briefly out of connections) or a lost connection is tried again a few times, as an operator would.
        // The first try's fate is then unknown: it may have landed after all (a 503 from a storage write that did commit, a
        // reply lost on the way), and the retry is refused as done already (409, e.g. "the sitting is in check-in"), which
        // is what the operator wanted.
        var reply = await SendAsync(endpoint, silo, method, path, cookie, body, content,
            s => (int)s is >= 200 and < 300 || (allowConflict && s == HttpStatusCode.Conflict));
        var retried = false;
        for (var retry = 1; retry <= 5 && content is null && reply.Status is 0 or HttpStatusCode.ServiceUnavailable; retry++)
        {
            await Task.Delay(TimeSpan.FromSeconds(2 * retry));
            reply = await SendAsync(endpoint + ".retry", silo, method, path, cookie, body, null,
                s => (int)s is >= 200 and < 300 || s == HttpStatusCode.Conflict);
            retried = true;
        }

        return reply.Ok || ((allowConflict || retried) && reply.Status == HttpStatusCode.Conflict)
            ? reply
            : throw new InvalidOperationException($"{method} {path}: {(int)reply.Status} {reply.Text[..Math.Min(reply.Text.Length, 3000)]}");
    }

    /// <summary>A server's answer: status (0 when the connection failed), body and the cookies it set.</summary>
    public sealed record Reply(HttpStatusCode Status, string Text, string? Cookies)
    {
        /// <summary>A 2xx answer.</summary>
        public bool Ok => (int)Status is >= 200 and < 300;

        /// <summary>The body as JSON.</summary>
        public JsonElement Json => JsonDocument.Parse(Text).RootElement;
    }
}
