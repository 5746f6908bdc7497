using CertEngine.Contracts.Security;
using CertEngine.Server.Web.SecurityEvents;

namespace CertEngine.Server.Features.Audit;

/// <summary>One event as the API shows it.</summary>
public sealed record SecurityEventView(
    string Kind, DateTimeOffset FirstAt, DateTimeOffset LastAt, int Count, string Actor, string Subject, string Source);

/// <summary>A page of events and the paging that produced it.</summary>
public sealed record SecurityEventList(IReadOnlyList<SecurityEventView> Events, int Total, int Page, int PageSize);

/// <summary>Reading the security events, for the endpoint and the admin page alike.</summary>
public static class SecurityEventQueries
{
    /// <summary>The default and the largest page size.</summary>
    public const int DefaultPageSize = 100, MaxPageSize = ISecurityEventLogGrain.MaxPage;

    /// <summary>Reads one page of the log, after handing over this server's pending events so the newest are included.</summary>
    public static async Task<SecurityEventList> ReadAsync(IGrainFactory grains, SecurityEventRecorder recorder, SecurityEventKind? kind, int page, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(recorder);
        await recorder.FlushAsync();
        var result = await grains.GetGrain<ISecurityEventLogGrain>(ISecurityEventLogGrain.Key).ListAsync((page - 1) * pageSize, pageSize, kind);
        return new SecurityEventList(result.Events.Select(View).ToList(), result.Total, page, pageSize);
    }

    /// <summary>The name a kind travels as (<c>staff-sign-in-failed</c>).</summary>
    public static string KindName(SecurityEventKind kind) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());

    private static SecurityEventView View(SecurityEvent e) => new(KindName(e.Kind), e.FirstAt, e.LastAt, e.Count, e.Actor, e.Subject, e.Source);
}
